package dev.pms.live;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What a NOTIFY told this node: its kind ({@code task}, {@code comment}, {@code import}, {@code member},
 * {@code inbox}, {@code states}), the task and the projects it touched, the member it concerns, and the JSON as the pages receive it.
 */
record LiveEvent(String kind, UUID taskId, Set<UUID> projectIds, UUID userId, String json) {
    static final String TASK = "task";
    static final String COMMENT = "comment";
    static final String INBOX = "inbox";
    static final String IMPORT = "import";
    static final String MEMBER = "member";
    static final String STATES = "states";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static LiveEvent parse(String payload) {
        JsonNode node = JSON.readTree(payload);
        Set<UUID> projects = new HashSet<>();
        node.path("projects").forEach(p -> projects.add(UUID.fromString(p.asString())));
        return new LiveEvent(node.path("kind").asString(""), uuid(node, "task"), projects,
                uuid(node, "user"), payload);
    }

    private static UUID uuid(JsonNode node, String field) {
        return node.hasNonNull(field) ? UUID.fromString(node.get(field).asString()) : null;
    }
}
