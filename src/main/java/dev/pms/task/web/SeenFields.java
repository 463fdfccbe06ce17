package dev.pms.task.web;

import dev.pms.task.Priority;
import dev.pms.task.TaskFields;
import dev.pms.task.TaskStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The fields as the form showed them, carried in one hidden input, so that a form saved after someone else's change
 * is merged field by field instead of refused. Nothing here is trusted: it only decides which fields count as typed.
 */
final class SeenFields {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SeenFields() {
    }

    static String encode(TaskFields fields) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("p", fields.projectId());
        map.put("t", fields.title());
        map.put("d", fields.description());
        map.put("s", fields.status());
        map.put("r", fields.priority());
        map.put("a", fields.assigneeId());
        map.put("u", fields.dueDate() == null ? null : fields.dueDate().toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(map));
    }

    /** The decoded fields, or null when the form sent none or something unreadable (then a stale form is refused). */
    static TaskFields decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
            return new TaskFields(uuid(n, "p"), n.path("t").asString(""), n.path("d").asString(""),
                    TaskStatus.valueOf(n.path("s").asString()), Priority.valueOf(n.path("r").asString()), uuid(n, "a"),
                    n.hasNonNull("u") ? LocalDate.parse(n.get("u").asString()) : null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static UUID uuid(JsonNode node, String field) {
        return node.hasNonNull(field) ? UUID.fromString(node.get(field).asString()) : null;
    }
}
