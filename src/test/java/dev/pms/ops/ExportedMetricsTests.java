package dev.pms.ops;

import dev.pms.imports.Uploads;
import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every metric the shipped dashboard and alerts name is one PMS exports on /actuator/prometheus. */
class ExportedMetricsTests extends IntegrationTest {
    @LocalManagementPort
    int managementPort;

    @Test
    void everyMetricTheDashboardAndAlertsNameIsExported() throws Exception {
        Team team = Team.create(port);
        team.owner().get(team.path("/projects"));
        Uploads.importFile(team, "tasks.csv", Uploads.rows(20));
        for (int i = 0; i < 11; i++) { // a rate-limit refusal, so that its counter exists
            anonymous().post("/api/v1/auth/signin", Map.of("email", "x@example.com", "password", "wrong"));
        }
        String scrape = new Api(managementPort).get("/actuator/prometheus").body();

        Set<String> named = OpsFiles.metricNames();
        named.remove("up"); // Prometheus's own series of each scrape target
        assertThat(named).hasSizeGreaterThan(15);
        Set<String> missing = new TreeSet<>();
        for (String name : named) {
            if (!Pattern.compile("(?m)^" + name + "[{ ]").matcher(scrape).find()) {
                missing.add(name);
            }
        }
        assertThat(missing).as("named by ops/ but not exported").isEmpty();
    }
}
