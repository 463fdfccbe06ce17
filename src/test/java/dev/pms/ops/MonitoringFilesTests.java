package dev.pms.ops;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped alerts pass {@code promtool check rules} and their unit tests ({@code promtool test rules}, Debian's
 * prometheus package, which {@code ./pms test} installs when missing); the dashboard is valid JSON whose panels
 * each query Prometheus.
 */
class MonitoringFilesTests {

    @Test
    void alertRulesAreValid() throws Exception {
        assertThat(promtool("check", "rules", OpsFiles.ALERTS.toString())).contains("SUCCESS");
    }

    @Test
    void alertUnitTestsPass() throws Exception {
        assertThat(promtool("test", "rules", OpsFiles.ALERT_TESTS.toString())).contains("SUCCESS");
        String tests = Files.readString(OpsFiles.ALERT_TESTS);
        assertThat(tests).as("the health, pool and backup-age alerts have unit tests")
                .contains("alertname: PmsHealthFailing", "alertname: PmsPoolWaits", "alertname: PmsBackupTooOld",
                        "alertname: PmsBackupCritical");
    }

    @Test
    void dashboardIsValidJsonWithAQueryInEveryPanel() throws IOException {
        JsonNode dashboard = OpsFiles.dashboard();
        assertThat(dashboard.get("title").asString()).isEqualTo("PMS");
        List<String> titles = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            titles.add(panel.get("title").asString());
            assertThat(panel.get("targets").size()).as(panel.get("title").asString()).isPositive();
            panel.get("targets").forEach(t -> assertThat(t.get("expr").asString()).isNotBlank());
        }
        assertThat(String.join("|", titles)).contains("Requests per second by route", "p99 latency by route", "Errors",
                "Connection pools", "Pool waits", "PostgreSQL connections by state", "Import rows per second", "Job queue",
                "Rate-limit refusals", "JVM heap", "Backup age");
    }

    @Test
    void metricNamesAreFoundInExpressions() {
        assertThat(OpsFiles.metrics("histogram_quantile(0.99, sum by (uri, le) (rate(http_server_requests_seconds_bucket{job=\"pms\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(OpsFiles.metrics("up{job=\"pms\"} == 0 or pms_db_up{job=\"pms\"} == 0")).containsExactly("pms_db_up", "up");
    }

    private static String promtool(String... args) throws Exception {
        Path promtool = Path.of("/usr/bin/promtool");
        assertThat(promtool).as("promtool (Debian's prometheus package: ./pms test installs it)").isExecutable();
        List<String> command = new ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
