package dev.pms.platform.observability;

import dev.pms.imports.Uploads;
import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsTests extends IntegrationTest {
    @LocalManagementPort
    int managementPort;

    @Test
    void prometheusShowsPoolRouteTimingsAndRefusalsOnTheManagementPort() {
        Api ann = signUp("Ann");
        String workspace = ann.post("/api/v1/workspaces", Map.of("name", "Acme")).get("id");
        ann.get("/api/v1/workspaces/" + workspace + "/projects");
        for (int i = 0; i < 11; i++) {
            anonymous().post("/api/v1/auth/signin", Map.of("email", "x@example.com", "password", "wrong"));
        }

        var scrape = new Api(managementPort).get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("hikaricp_connections_active{")
                .contains("hikaricp_connections_pending{")
                .contains("hikaricp_connections_max{")
                .containsPattern("hikaricp_connections_max\\{[^}]*pool=\"pms-reads\"[^}]*} 4")
                .containsPattern("hikaricp_connections_max\\{[^}]*pool=\"pms-jobs\"[^}]*} 9")
                .contains("pms_db_connections_max{")
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/workspaces/\\{workspaceId}/projects\"")
                .containsPattern("pms_ratelimit_refusals_total\\{[^}]*quota=\"sign-in-ip\"[^}]*} [1-9]");
    }

    @Test
    void prometheusShowsImportMetricsAfterAnImport() {
        Uploads.importFile(Team.create(port), "tasks.csv", Uploads.rows(20));
        String scrape = new Api(managementPort).get("/actuator/prometheus").body();
        assertThat(scrape)
                .containsPattern("pms_import_rows_total\\{[^}]*outcome=\"inserted\"[^}]*} [1-9]")
                .containsPattern("pms_import_duration_seconds_count\\{[^}]*status=\"SUCCEEDED\"[^}]*} [1-9]")
                .contains("pms_jobs_queue_depth{");
    }

    @Test
    void actuatorIsNotServedOnThePublicPort() {
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(anonymous().get("/actuator/prometheus").status()).isNotEqualTo(200);
        Api signedIn = signUp("Ann");
        assertThat(signedIn.get("/actuator/prometheus").status()).isEqualTo(404);
        assertThat(signedIn.get("/actuator/health").status()).isEqualTo(404);
    }
}
