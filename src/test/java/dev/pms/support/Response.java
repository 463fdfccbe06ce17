package dev.pms.support;

import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** An HTTP answer as tests read it. */
public record Response(int status, String body, Map<String, List<String>> headers) {

    public JsonNode json() {
        return Api.JSON.readTree(body);
    }

    public String get(String field) {
        return json().get(field).asString();
    }

    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
