package dev.pms.imports;

import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.Charset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview: detection, choices the user changes, and what confirmation refuses. */
class ImportPreviewTests extends IntegrationTest {
    private Team team;

    @BeforeEach
    void team() {
        team = Team.create(port);
    }

    @Test
    void aWindows1252FileImportsWithItsAccents() {
        String text = "Titre,Statut,Priorité,Échéance\nCafé crème à préparer,À faire,Haute,2027-03-04\nRéunion über Größe,Terminé,Basse,\n";
        String location = preview(text.getBytes(Charset.forName("windows-1252")));
        JsonNode preview = team.owner().get(location + "/preview").json();
        assertThat(preview.get("encoding").asString()).isEqualTo("windows-1252");
        assertThat(confirm(location, Map.of()).get("status")).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select title || ' ' || status || ' ' || priority from tasks order by source_row").query(String.class).list())
                .containsExactly("Café crème à préparer TODO HIGH", "Réunion über Größe DONE LOW");
    }

    @Test
    void aFileWhoseDatesAreAllAmbiguousAsksForTheirOrder() {
        String location = preview(Uploads.csv("Title,Due Date\nOne,03/04/2027\nTwo,05/06/2027\n"));
        assertThat(team.owner().get(location + "/preview").json().get("dateOrder").asString()).isEqualTo("AMBIGUOUS");

        Response refused = team.owner().post(location + "/confirm", Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("day first or month first");

        assertThat(confirm(location, Map.of("dateOrder", "DAY_FIRST")).get("status")).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select cast(due_date as text) from tasks order by source_row").query(String.class).list())
                .containsExactly("2027-04-03", "2027-06-05");
    }

    @Test
    void oneDateThatCanOnlyBeDayFirstDecidesTheWholeFile() {
        String location = preview(Uploads.csv("Title,Due Date\nOne,03/04/2027\nTwo,25/06/2027\n"));
        assertThat(team.owner().get(location + "/preview").json().get("dateOrder").asString()).isEqualTo("DAY_FIRST");
        confirm(location, Map.of());
        assertThat(jdbc.sql("select cast(due_date as text) from tasks order by source_row").query(String.class).list())
                .containsExactly("2027-04-03", "2027-06-25");
    }

    @Test
    void changedChoicesAreAppliedAndRejectedRowsAreCounted() {
        String location = preview(Uploads.csv("""
                Title,Status,Assignee,Project
                One,Ready for Deploy,Nobody Here,Website
                Two,Ready for Deploy,Someone Else,Website
                Three,Open,,Website
                """));
        Response done = confirm(location, Map.of("statuses", Map.of("Ready for Deploy", "DONE"),
                "people", Map.of("Someone Else", "reject")));
        assertThat(done.get("status")).isEqualTo("SUCCEEDED");
        assertThat(done.json().get("rowsRejected").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select title || ' ' || status from tasks order by source_row").query(String.class).list())
                .containsExactly("One DONE", "Three TODO");
        assertThat(jdbc.sql("select original_name from import_original_people").query(String.class).list()).containsExactly("Nobody Here");
    }

    @Test
    void nothingIsWrittenBeforeConfirmationAndAConfirmedImportCannotBeConfirmedAgain() {
        String location = preview(Uploads.rows(30));
        assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isZero();
        confirm(location, Map.of());
        Response again = team.owner().post(location + "/confirm", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isEqualTo(30);
    }

    @Test
    void theSameHeaderShapeProposesTheChoicesSavedLastTime() {
        byte[] file = Uploads.csv("Title,Status\nOne,Needs Triage\n");
        String first = preview(file);
        confirm(first, Map.of("statuses", Map.of("Needs Triage", "BACKLOG")));
        String second = preview(file);
        JsonNode values = team.owner().get(second + "/preview").json().get("values").get(0).get("values").get(0);
        assertThat(values.get("proposal").asString()).isEqualTo("BACKLOG");
    }

    @Test
    void aPreviewCanBeDiscarded() {
        String location = preview(Uploads.rows(3));
        assertThat(team.owner().delete(location).status()).isEqualTo(202);
        assertThat(team.owner().get(location).get("status")).isEqualTo("UNDONE");
        assertThat(team.owner().post(location + "/confirm", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void aValueBeyondThePreviewsTenThousandGoesToTheProjectItNamesWithItsNextKey() {
        String inbox = team.owner().post(team.path("/projects"), Map.of("name", "Inbox", "key", "INB")).get("id");
        StringBuilder file = new StringBuilder("Title,Project\n");
        Map<String, String> toInbox = new java.util.HashMap<>();
        for (int i = 1; i <= 10_000; i++) {
            file.append("Task ").append(i).append(",Gone ").append(i).append('\n');
            toInbox.put("Gone " + i, "default");
        }
        file.append("Last,Website\n");
        Response accepted = Uploads.upload(team.owner(), team.workspaceId, "many.csv", Uploads.csv(file.toString()),
                Map.of("projectId", inbox, "confirm", "false"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(Uploads.awaitEnd(team.owner(), location).get("status")).isEqualTo("PREVIEW");
        assertThat(team.owner().get(location + "/preview").json().get("values").get(0).get("freeText").asBoolean()).isTrue();

        Response done = confirm(location, Map.of("projects", toInbox));

        assertThat(done.get("status")).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(done.json().get("rowsInserted").asInt()).isEqualTo(10_001);
        assertThat(jdbc.sql("select p.key || '-' || t.number from tasks t join projects p on p.id = t.project_id where t.title = 'Last'")
                .query(String.class).single()).isEqualTo("WEB-1");
    }

    private String preview(byte[] file) {
        Response accepted = Uploads.upload(team, "file.csv", file, "confirm", "false");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String location = accepted.header("Location");
        Response ready = Uploads.awaitEnd(team.owner(), location);
        assertThat(ready.get("status")).as(ready.toString()).isEqualTo("PREVIEW");
        return location;
    }

    private Response confirm(String location, Map<String, Object> body) {
        Response confirmed = team.owner().post(location + "/confirm", body);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(202);
        return Uploads.awaitEnd(team.owner(), location);
    }
}
