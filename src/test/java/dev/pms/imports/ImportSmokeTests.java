package dev.pms.imports;

import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportSmokeTests extends IntegrationTest {

    @Test
    void smallCsvImports() {
        Team team = Team.create(port);
        Response done = Uploads.importFile(team, "tasks.csv", Uploads.csv("Title,Status,Priority\nFirst,Open,High\nSecond,Done,Low\n"));
        assertThat(done.get("status")).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(done.json().get("rowsInserted").asInt()).isEqualTo(2);
    }
}
