package dev.pms.imports;

import tools.jackson.databind.json.JsonMapper;

/** The JSON of previews, mappings and templates as stored in PostgreSQL (jsonb). */
final class ImportJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ImportJson() {
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static <T> T read(String json, Class<T> type) {
        return json == null ? null : JSON.readValue(json, type);
    }
}
