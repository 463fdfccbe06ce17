package dev.pms.imports;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-layout exports of Jira, Asana, Linear, Trello and Redmine (their column names, duplicate columns,
 * custom statuses, people who are not members, projects that do not exist) import into an empty new workspace
 * with no row lost once the preview is confirmed as proposed.
 */
class MigrationSampleTests extends IntegrationTest {
    private Api alice;
    private String workspace;

    @BeforeEach
    void emptyWorkspaceWithTwoColleagues() {
        alice = person("alice@example.com", "Alice Smith");
        workspace = alice.post("/api/v1/workspaces", Map.of("name", "Moving in")).get("id");
        String code = alice.get("/api/v1/workspaces/" + workspace + "/invite").get("code");
        person("bob@example.com", "Bob Jones").post("/api/v1/workspaces/join", Map.of("code", code));
        person("carol.white@example.com", "Carol White").post("/api/v1/workspaces/join", Map.of("code", code));
    }

    @Test
    void jiraExportImportsIntoAnEmptyWorkspace() throws IOException {
        JsonNode preview = previewOf("jira.csv");
        assertThat(preview.get("keyColumn").asString()).isEqualTo("Issue key");
        assertThat(proposals(preview, "PROJECT")).containsEntry("Planning", "new").containsEntry("Mobile", "new");
        assertThat(proposals(preview, "ASSIGNEE")).containsEntry("Dana Former", "unassigned").containsEntry("Evan Contractor", "unassigned");
        assertThat(proposals(preview, "STATUS")).containsEntry("Ready for Deploy", "IN_REVIEW");
        assertThat(confirmAndImport(preview, 6)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Set up CI pipeline", "Planning TODO URGENT Alice Smith 2024-03-20 PLAN-1",
                "Fix login redirect", "Planning IN_PROGRESS HIGH (Dana Former) 2024-04-05 PLAN-2",
                "Write release notes", "Planning DONE LOW Carol White - PLAN-3",
                "Ready the hotfix", "Planning IN_REVIEW MEDIUM (Evan Contractor) - PLAN-4",
                "Port the app to tablets", "Mobile TODO LOW - 2024-06-30 MOB-1",
                "Crash on rotate", "Mobile DONE URGENT (Dana Former) - MOB-2"));
        assertThat(parents()).containsExactlyEntriesOf(Map.of("Ready the hotfix", "Fix login redirect"));
        assertThat(labels()).containsExactlyInAnyOrderEntriesOf(Map.of("Set up CI pipeline", "ci, infra",
                "Fix login redirect", "auth", "Write release notes", "docs", "Port the app to tablets", "mobile, ux"));
        assertThat(warnings()).isEmpty();
    }

    @Test
    void aTaskImportedUnassignedShowsTheAssigneeOfTheFileInItsActivity() throws IOException {
        confirmAndImport(previewOf("jira.csv"), 6);
        String fixLogin = taskId("Fix login redirect");
        String byMember = taskId("Set up CI pipeline");

        JsonNode imported = alice.get("/api/v1/workspaces/" + workspace + "/tasks/" + fixLogin + "/activity").json().get("items").get(0);
        assertThat(imported.get("kind").asString()).isEqualTo("IMPORTED");
        assertThat(imported.get("importOriginalAssignee").asString()).isEqualTo("Dana Former");
        Response panel = alice.get("/w/" + workspace + "/tasks/" + fixLogin + "/activity");
        assertThat(panel.status()).isEqualTo(200);
        assertThat(panel.body()).contains("created the task by the import of jira.csv (assignee in the file: Dana Former, not a member)");
        JsonNode assigned = alice.get("/api/v1/workspaces/" + workspace + "/tasks/" + byMember + "/activity").json().get("items").get(0);
        assertThat(assigned.get("importOriginalAssignee").isNull()).as("a member was assigned: nothing to say").isTrue();
        assertThat(alice.get("/w/" + workspace + "/tasks/" + byMember + "/activity").body()).doesNotContain("assignee in the file");
    }

    @Test
    void jiraKeepsReportersWatchersCommentsAndEveryLabelsColumn() throws IOException {
        confirmAndImport(previewOf("jira.csv"), 6);

        assertThat(byTitle("select t.title, u.name from tasks t join users u on u.id = t.created_by")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Set up CI pipeline", "Bob Jones", "Fix login redirect", "Alice Smith", "Write release notes", "Carol White",
                "Ready the hotfix", "Bob Jones", "Port the app to tablets", "Alice Smith", "Crash on rotate", "Alice Smith"));
        assertThat(activityOf("Crash on rotate").get("importOriginalReporter").asString()).isEqualTo("Evan Contractor");
        assertThat(watchers()).containsExactlyInAnyOrderEntriesOf(Map.of("Set up CI pipeline", "Bob Jones"));
        assertThat(jdbc.sql("""
                        select t.title || ': ' || u.name || ': ' || c.body from comments c join tasks t on t.id = c.task_id
                        join users u on u.id = c.author_id order by t.source_row, c.created_at, c.id""").query(String.class).list())
                .containsExactly("Set up CI pipeline: Bob Jones: _Written on 12/Mar/24 9:20 AM (imported)_\n\nLet's use the runners we have",
                        "Fix login redirect: Alice Smith: _Written on 13/Mar/24 11:00 AM (imported)_\n\nSeen on staging too",
                        "Fix login redirect: Alice Smith: _Written by dana on 14/Mar/24 9:00 AM (imported; not a member)_\n\nFixed in branch");
        assertThat(byTitle("""
                        select t.title, string_agg(l.name, ',' order by l.name) from tasks t join task_labels tl on tl.task_id = t.id
                        join labels l on l.id = tl.label_id group by t.title""")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Set up CI pipeline", "ci,infra", "Fix login redirect", "auth", "Write release notes", "docs",
                "Port the app to tablets", "mobile,ux"));
    }

    @Test
    void trelloKeepsSecondMembersAsWatchersAndArchivedCardsAsDone() throws IOException {
        confirmAndImport(previewOf("trello.csv"), 5);

        assertThat(watchers()).containsExactlyInAnyOrderEntriesOf(Map.of("Publish pricing", "Alice Smith", "Pick a font", "Bob Jones"));
        assertThat(names(activityOf("Collect feedback").get("importOriginalOthers"))).containsExactly("Zed Outsider (zed)");
        assertThat(byTitle("select title, status from tasks where title = 'Old landing page'")).containsEntry("Old landing page", "DONE");
    }

    @Test
    void trelloArchivedCardsAreLeftOutWhenTheUserChoosesSo() throws IOException {
        JsonNode preview = previewOf("trello.csv");
        assertThat(preview.get("closedColumn").asString()).isEqualTo("Archived");
        Response refused = alice.post(location + "/confirm", Map.of("closedRows", "MAYBE"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("closedRows").contains("SKIP");

        Response confirmed = alice.post(location + "/confirm", Map.of("closedRows", "SKIP"));

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(202);
        Response done = Uploads.awaitEnd(alice, location);
        assertThat(done.get("status")).isEqualTo("SUCCEEDED");
        assertThat(done.json().get("rowsInserted").asInt()).isEqualTo(4);
        assertThat(done.json().get("rowsRejected").asInt()).isZero();
        assertThat(jdbc.sql("select title from tasks order by source_row").query(String.class).list())
                .containsExactly("Collect feedback", "Draft the FAQ", "Publish pricing", "Pick a font");
    }

    @Test
    void redminePrivateIssuesAreOfferedAndLeftOutWhenTheUserChoosesSo() throws IOException {
        JsonNode preview = previewOf("redmine.csv");
        assertThat(preview.get("privateColumn").asString()).isEqualTo("Private");
        assertThat(alice.post(location + "/confirm", Map.of("privateRows", "PERHAPS")).status()).isEqualTo(400);

        Response confirmed = alice.post(location + "/confirm", Map.of("privateRows", "SKIP"));

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(202);
        Response done = Uploads.awaitEnd(alice, location);
        assertThat(done.json().get("rowsInserted").asInt()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from tasks where title = 'Rewrite everything'").query(Long.class).single())
                .as("issue 105 is private").isZero();
    }

    @Test
    void redmineKeepsItsAuthors() throws IOException {
        confirmAndImport(previewOf("redmine.csv"), 6);
        assertThat(byTitle("select t.title, u.name from tasks t join users u on u.id = t.created_by")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Broken link on pricing page", "Bob Jones", "Add dark mode", "Alice Smith", "Answer customer email", "Carol White",
                "Crash on upload", "Bob Jones", "Rewrite everything", "Alice Smith", "Update the sitemap", "Alice Smith"));
        assertThat(activityOf("Rewrite everything").get("importOriginalReporter").asString()).isEqualTo("Jack Left");
    }

    @Test
    void linearKeepsItsCreators() throws IOException {
        confirmAndImport(previewOf("linear.csv"), 6);
        assertThat(byTitle("select t.title, u.name from tasks t join users u on u.id = t.created_by"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("Migrate to PostgreSQL 18", "Alice Smith", "Flaky test in CI", "Bob Jones",
                        "Old dashboard", "Bob Jones", "Ship v2", "Alice Smith", "Explore semantic search", "Carol White",
                        "Write the runbook", "Alice Smith"));
    }

    private JsonNode activityOf(String title) {
        return alice.get("/api/v1/workspaces/" + workspace + "/tasks/" + taskId(title) + "/activity").json().get("items").get(0);
    }

    private Map<String, String> watchers() {
        return byTitle("""
                select t.title, string_agg(u.name, ',' order by u.name) from watchers w join tasks t on t.id = w.task_id
                join users u on u.id = w.user_id where w.watching group by t.title""");
    }

    private Map<String, String> byTitle(String sql) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql(sql).query(rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    private String taskId(String title) {
        return jdbc.sql("select cast(id as text) from tasks where title = :title").param("title", title).query(String.class).single();
    }

    @Test
    void asanaExportImportsIntoAnEmptyWorkspace() throws IOException {
        JsonNode preview = previewOf("asana.csv");
        assertThat(proposals(preview, "STATUS")).containsEntry("Waiting on vendor", "TODO");
        assertThat(confirmAndImport(preview, 5)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Plan the launch", "Launch TODO HIGH Alice Smith 2024-03-20 1206000000000001",
                "Design the banner", "Launch IN_PROGRESS MEDIUM (frank@agency.example) 2024-03-12 1206000000000002",
                "Send invitations", "Launch DONE LOW Carol White 2024-03-09 1206000000000003",
                "Book the venue", "Events TODO NONE - - 1206000000000004",
                "Order the badges", "Events TODO LOW (gina@old.example) 2024-03-28 1206000000000005"));
        assertThat(parents()).containsExactlyEntriesOf(Map.of("Order the badges", "Book the venue"));
        assertThat(links()).containsExactly("Design the banner blocks Plan the launch");
        assertThat(labels()).containsExactlyInAnyOrderEntriesOf(Map.of("Plan the launch", "launch", "Design the banner", "design"));
        assertThat(warnings()).isEmpty();
    }

    @Test
    void linearExportImportsIntoAnEmptyWorkspace() throws IOException {
        JsonNode preview = previewOf("linear.csv");
        assertThat(confirmAndImport(preview, 6)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Migrate to PostgreSQL 18", "Platform IN_PROGRESS URGENT Carol White 2024-05-01 ENG-1",
                "Flaky test in CI", "Platform TODO HIGH (hank@contractor.example) - ENG-2",
                "Old dashboard", "Platform DONE NONE - - ENG-3",
                "Ship v2", "Launch v2 DONE MEDIUM Alice Smith 2024-03-10 ENG-4",
                "Explore semantic search", "Launch v2 BACKLOG LOW - - ENG-5",
                "Write the runbook", "Platform IN_REVIEW MEDIUM (hank@contractor.example) 2024-04-02 ENG-6"));
        assertThat(parents()).containsExactlyEntriesOf(Map.of("Explore semantic search", "Ship v2"));
        assertThat(labels()).containsExactlyInAnyOrderEntriesOf(Map.of("Migrate to PostgreSQL 18", "Backend",
                "Flaky test in CI", "Bug", "Explore semantic search", "Research", "Write the runbook", "Docs"));
        assertThat(warnings()).isEmpty();
    }

    @Test
    void trelloExportImportsIntoAnEmptyWorkspace() throws IOException {
        JsonNode preview = previewOf("trello.csv");
        assertThat(proposals(preview, "PROJECT")).containsOnlyKeys("Roadmap 2024");
        assertThat(confirmAndImport(preview, 5)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Collect feedback", "Roadmap 2024 TODO NONE Alice Smith 2024-03-20 65f0a1b2c3d4e5f601234567",
                "Draft the FAQ", "Roadmap 2024 IN_PROGRESS NONE (Ivy Intern (ivyintern)) 2024-03-25 65f0a1b2c3d4e5f601234568",
                "Publish pricing", "Roadmap 2024 DONE NONE Carol White - 65f0a1b2c3d4e5f601234569",
                "Old landing page", "Roadmap 2024 DONE NONE - - 65f0a1b2c3d4e5f60123456a",
                "Pick a font", "Roadmap 2024 BACKLOG NONE (Ivy Intern (ivyintern)) - 65f0a1b2c3d4e5f60123456b"));
    }

    @Test
    void redmineExportImportsIntoAnEmptyWorkspace() throws IOException {
        JsonNode preview = previewOf("redmine.csv");
        assertThat(preview.get("dateOrder").asString()).isEqualTo("MONTH_FIRST");
        assertThat(preview.get("keyColumn").asString()).isEqualTo("#");
        assertThat(confirmAndImport(preview, 6)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Broken link on pricing page", "Website relaunch TODO MEDIUM Alice Smith 2024-03-20 101",
                "Add dark mode", "Website relaunch IN_PROGRESS HIGH (Jack Left) 2024-04-15 102",
                "Answer customer email", "Support DONE LOW Carol White - 103",
                "Crash on upload", "Website relaunch IN_REVIEW URGENT (Jack Left) 2024-03-08 104",
                "Rewrite everything", "Support DONE URGENT - - 105",
                "Update the sitemap", "Website relaunch TODO MEDIUM (Kim Contractor) 2024-03-29 106"));
        assertThat(parents()).containsExactlyEntriesOf(Map.of("Crash on upload", "Add dark mode"));
        assertThat(links()).containsExactlyInAnyOrder("Broken link on pricing page relates to Update the sitemap",
                "Crash on upload blocks Update the sitemap");
        assertThat(warnings()).isEmpty();
    }

    /** Subtask title → parent title. */
    private Map<String, String> parents() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("select t.title, p.title from tasks t join tasks p on p.id = t.parent_id order by t.source_row")
                .query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    /** Title → its labels, A to Z, of the tasks that have any. */
    private Map<String, String> labels() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.title, string_agg(l.name, ', ' order by lower(l.name)) from tasks t
                        join task_labels tl on tl.task_id = t.id join labels l on l.id = tl.label_id group by t.title""")
                .query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    /** "A blocks B", "A relates to B" by title ("relates to" has no direction: A to Z). */
    private List<String> links() {
        return jdbc.sql("""
                        select case when l.kind = 'BLOCKS' then f.title || ' blocks ' || t.title
                                    else least(f.title, t.title) || ' relates to ' || greatest(f.title, t.title) end
                        from task_links l join tasks f on f.id = l.from_task join tasks t on t.id = l.to_task""")
                .query(String.class).list();
    }

    /** The reasons of the import's report: parents and links it could not keep would be listed here. */
    private List<String> warnings() {
        return jdbc.sql("select row_number || ' ' || reason from import_errors order by seq").query(String.class).list();
    }

    private JsonNode previewOf(String name) throws IOException {
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/imports/migration/" + name)) {
            file = in.readAllBytes();
        }
        Response accepted = Uploads.upload(alice, workspace, name, file, Map.of("confirm", "false"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        location = accepted.header("Location");
        Response ready = Uploads.awaitEnd(alice, location);
        assertThat(ready.get("status")).as(ready.toString()).isEqualTo("PREVIEW");
        assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isZero();
        Response preview = alice.get(location + "/preview");
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        return preview.json();
    }

    private String location;

    /** Confirms as proposed, waits, and returns title → "project status priority assignee-or-(original name) due key". */
    private Map<String, String> confirmAndImport(JsonNode preview, int rows) {
        assertThat(preview.get("rowsTotal").asInt()).isEqualTo(rows);
        assertThat(preview.get("rows")).hasSize(rows);
        Response confirmed = alice.post(location + "/confirm", Map.of());
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(202);
        Response done = Uploads.awaitEnd(alice, location);
        assertThat(done.get("status")).as(done + "\n" + alice.get(location + "/errors").body()).isEqualTo("SUCCEEDED");
        assertThat(done.json().get("rowsRejected").asInt()).isZero();
        assertThat(done.json().get("rowsInserted").asInt()).isEqualTo(rows);
        Map<String, String> tasks = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.title, p.name || ' ' || t.status || ' ' || t.priority || ' '
                               || coalesce(u.name, '(' || o.original_name || ')', '-') || ' '
                               || coalesce(cast(t.due_date as text), '-') || ' ' || t.external_key as summary
                        from tasks t join projects p on p.id = t.project_id left join users u on u.id = t.assignee_id
                        left join import_original_people o on o.import_id = t.import_id and o.source_row = t.source_row
                        order by t.source_row""")
                .query(rs -> {
                    tasks.put(rs.getString("title"), rs.getString("summary"));
                });
        return tasks;
    }

    private static Map<String, String> proposals(JsonNode preview, String field) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode values : preview.get("values")) {
            if (values.get("field").asString().equals(field)) {
                values.get("values").forEach(v -> out.put(v.get("value").asString(), v.get("proposal").asString()));
            }
        }
        return out;
    }

    private Api person(String email, String name) {
        Api api = new Api(port);
        Response response = api.post("/api/v1/auth/signup", Map.of("email", email, "name", name, "password", "correct horse"));
        assertThat(response.status()).isEqualTo(202);
        api.user = api.get("/api/v1/me").json();
        return api;
    }

    static List<String> names(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
