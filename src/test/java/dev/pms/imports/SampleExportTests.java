package dev.pms.imports;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files laid out like real exports of Jira, Redmine, Asana, Trello and Linear (their column names and
 * words) import as they are, with statuses, priorities, assignees and due dates mapped.
 */
class SampleExportTests extends IntegrationTest {
    private Api alice;
    private String workspace;
    private String project;

    @BeforeEach
    void teamWithKnownPeople() {
        alice = person("alice@example.com", "Alice Smith");
        workspace = alice.post("/api/v1/workspaces", Map.of("name", "Acme")).get("id");
        project = alice.post("/api/v1/workspaces/" + workspace + "/projects", Map.of("name", "Website")).get("id");
        String code = alice.get("/api/v1/workspaces/" + workspace + "/invite").get("code");
        person("bob@example.com", "Bob Jones").post("/api/v1/workspaces/join", Map.of("code", code));
        person("carol.white@example.com", "Carol White").post("/api/v1/workspaces/join", Map.of("code", code));
    }

    @Test
    void jiraExportImports() throws IOException {
        assertThat(importSample("jira.csv")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Set up CI pipeline", "TODO URGENT Alice Smith 2024-03-20",
                "Fix login redirect", "IN_PROGRESS HIGH Bob Jones 2024-04-05",
                "Write release notes", "DONE LOW Carol White -",
                "Review accessibility", "IN_REVIEW MEDIUM - -",
                "Upgrade database driver", "TODO LOW Carol White 2024-06-30"));
        assertThat(jdbc.sql("select description from tasks where title = 'Fix login redirect'").query(String.class).single())
                .isEqualTo("After sign-in the user lands on /404.\nSteps:\n1. sign in\n2. see the error");
    }

    @Test
    void aJiraIssueWithAResolutionDateIsDoneWhateverItsWorkflowStatus() {
        byte[] file = Uploads.csv("""
                Summary,Issue key,Status,Resolution,Resolved
                Resolved but still in review,WEB-1,Ready for Deploy,Fixed,02/Mar/24 9:00 AM
                Not resolved,WEB-2,In Progress,,
                """);
        Response accepted = Uploads.upload(alice, workspace, "jira.csv", file, Map.of("projectId", project, "mode", "strict"));
        Response done = Uploads.awaitEnd(alice, accepted.header("Location"));
        assertThat(done.get("status")).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select title || ' ' || status from tasks order by source_row").query(String.class).list())
                .containsExactly("Resolved but still in review DONE", "Not resolved IN_PROGRESS");
    }

    @Test
    void redmineExportImports() throws IOException {
        assertThat(importSample("redmine.csv")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Broken link on pricing page", "TODO MEDIUM Alice Smith 2024-03-20",
                "Add dark mode", "IN_PROGRESS HIGH Bob Jones 2024-04-15",
                "Answer customer email", "DONE LOW Carol White -",
                "Crash on upload", "IN_REVIEW URGENT Carol White 2024-03-08",
                "Rewrite everything", "DONE URGENT - -"));
        assertThat(jdbc.sql("select description from tasks where title = 'Broken link on pricing page'").query(String.class).single())
                .isEqualTo("The \"Compare plans\" link points to an old page.");
    }

    @Test
    void asanaExportImports() throws IOException {
        assertThat(importSample("asana.csv")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Plan the launch", "TODO HIGH Alice Smith 2024-03-20",
                "Design the banner", "IN_PROGRESS MEDIUM Bob Jones 2024-03-12",
                "Send invitations", "DONE LOW Carol White 2024-03-09",
                "Book the venue", "DONE NONE - -"));
    }

    @Test
    void trelloExportImports() throws IOException {
        assertThat(importSample("trello.csv")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Collect feedback", "TODO NONE Alice Smith 2024-03-20",
                "Draft the FAQ", "IN_PROGRESS NONE Bob Jones 2024-03-25",
                "Publish pricing", "DONE NONE Carol White -"));
    }

    @Test
    void linearExportImports() throws IOException {
        assertThat(importSample("linear.csv")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Migrate to PostgreSQL 18", "IN_PROGRESS URGENT Carol White 2024-05-01",
                "Flaky test in CI", "TODO HIGH Bob Jones -",
                "Old dashboard", "DONE NONE - -",
                "Ship v2", "DONE MEDIUM Alice Smith 2024-03-10",
                "Explore semantic search", "BACKLOG LOW - -"));
    }

    /** Imports a sample and returns title → "status priority assignee due" of its tasks. */
    private Map<String, String> importSample(String name) throws IOException {
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/imports/" + name)) {
            file = in.readAllBytes();
        }
        Response accepted = Uploads.upload(alice, workspace, name, file, Map.of("projectId", project, "mode", "strict"));
        Response done = Uploads.awaitEnd(alice, accepted.header("Location"));
        assertThat(done.get("status")).as(done + "\n" + alice.get(accepted.header("Location") + "/errors").body()).isEqualTo("SUCCEEDED");
        Map<String, String> tasks = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.title, t.status || ' ' || t.priority || ' ' || coalesce(u.name, '-') || ' '
                               || coalesce(cast(t.due_date as text), '-') as summary
                        from tasks t left join users u on u.id = t.assignee_id order by t.source_row""")
                .query(rs -> {
                    tasks.put(rs.getString("title"), rs.getString("summary"));
                });
        return tasks;
    }

    private Api person(String email, String name) {
        Api api = new Api(port);
        Response response = api.post("/api/v1/auth/signup", Map.of("email", email, "name", name, "password", "correct horse"));
        assertThat(response.status()).isEqualTo(202);
        api.user = api.get("/api/v1/me").json();
        return api;
    }
}
