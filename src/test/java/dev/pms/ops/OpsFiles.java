package dev.pms.ops;

import dev.pms.support.Api;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The monitoring files PMS ships (ops/), and the metric names their PromQL expressions use. */
final class OpsFiles {
    static final Path DASHBOARD = Path.of("ops/grafana/pms.json");
    static final Path ALERTS = Path.of("ops/prometheus/alerts.yml");
    static final Path ALERT_TESTS = Path.of("ops/prometheus/alerts.test.yml");
    /** Names in expressions that are PromQL's own, not metrics. */
    private static final Set<String> PROMQL = Set.of("histogram_quantile", "label_values");
    private static final Pattern NAME = Pattern.compile("(?<![$\\w])[a-zA-Z_][a-zA-Z0-9_]*_[a-zA-Z0-9_]*(?![\\w(])|\\bup(?=\\{)");

    private OpsFiles() {
    }

    static JsonNode dashboard() throws IOException {
        return Api.JSON.readTree(Files.readString(DASHBOARD));
    }

    /** Every metric named by the dashboard's targets and the alerts' expressions. */
    static Set<String> metricNames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (JsonNode panel : dashboard().get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                names.addAll(metrics(target.get("expr").asString()));
            }
        }
        Matcher exprs = Pattern.compile("expr: (>\\s*\\n(?:\\s{10}.*\\n)+|.*)").matcher(Files.readString(ALERTS));
        while (exprs.find()) {
            names.addAll(metrics(exprs.group(1)));
        }
        return names;
    }

    /** The metric names in one expression: label matchers, groupings and strings left out. */
    static Set<String> metrics(String expr) {
        String bare = expr.replaceAll("\\{[^}]*}", " ").replaceAll("\\b(by|on|without|ignoring)\\s*\\([^)]*\\)", " ")
                .replaceAll("\"[^\"]*\"", " ").replaceAll("\\[[^]]*]", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = NAME.matcher(bare);
        while (m.find()) {
            if (!PROMQL.contains(m.group())) {
                names.add(m.group());
            }
        }
        Matcher up = Pattern.compile("(?<![\\w])up\\{").matcher(expr);
        if (up.find()) {
            names.add("up");
        }
        return names;
    }
}
