package dev.pms.task;

import dev.pms.platform.jdbc.Cursor;
import org.springframework.jdbc.core.RowCallbackHandler;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

import java.io.ByteArrayOutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

/**
 * A keyset page of tasks written as JSON while its rows are read, in the shape Jackson gives {@code Page<Task>}
 * ({@code {"items": [...], "nextCursor": ...}}): no {@link Task} record, no reflection, text columns copied as they
 * come. {@code TaskJsonTests} holds it to Jackson's output of the same tasks. The rows are those of
 * {@link TaskRepository#COLUMNS} followed by the sort key, in that order.
 */
final class TaskJson implements RowCallbackHandler {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final SerializableString[] NAMES = names("id", "projectId", "title", "description", "status",
            "priority", "assigneeId", "dueDate", "position", "importId", "createdBy", "createdAt", "updatedBy",
            "updatedAt", "version", "number", "key", "labels");
    private static final SerializableString ITEMS = new SerializedString("items");
    private static final SerializableString NEXT_CURSOR = new SerializedString("nextCursor");
    private static final SerializableString STATE = new SerializedString("state");
    private static final SerializableString[] STATE_NAMES = names("id", "name", "category");
    private static final SerializableString PARENT_ID = new SerializedString("parentId");
    private static final SerializableString PARENT_KEY = new SerializedString("parentKey");
    private static final SerializableString SUBTASKS = new SerializedString("subtasks");
    private static final SerializableString DONE = new SerializedString("done");
    private static final SerializableString TOTAL = new SerializedString("total");
    private static final SerializableString BLOCKED = new SerializedString("blocked");
    /**
     * After the named columns: the state's id and name (its category is the status); parent id, parent key, subtasks
     * done, subtasks in all, blocked; then the sort key.
     */
    private static final int STATE_ID = NAMES.length + 1;
    private static final int SORT_KEY = NAMES.length + 8;
    private final JsonGenerator json;
    private final int limit;
    private int rows;
    private String lastKey;
    private String lastId;

    private TaskJson(JsonGenerator json, int limit) {
        this.json = json;
        this.limit = limit;
    }

    /** The JSON {@code writer} makes, as UTF-8 bytes; it is done before any byte reaches the response, so a failure is still a clean error. */
    static byte[] write(Consumer<JsonGenerator> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            writer.accept(json);
        }
        return out.toByteArray();
    }

    /** Writes one page from the rows {@code query} hands over: up to {@code limit}, and the cursor when a further row came. */
    static void page(JsonGenerator json, int limit, Consumer<RowCallbackHandler> query) {
        TaskJson page = new TaskJson(json, limit);
        json.writeStartObject();
        json.writeName(ITEMS);
        json.writeStartArray();
        query.accept(page);
        json.writeEndArray();
        json.writeName(NEXT_CURSOR);
        if (page.rows > limit) {
            json.writeString(Cursor.of(page.lastKey, page.lastId).encode());
        } else {
            json.writeNull();
        }
        json.writeEndObject();
    }

    @Override
    public void processRow(ResultSet rs) throws SQLException {
        if (++rows > limit) {
            return; // the extra row only tells that there is a next page
        }
        json.writeStartObject();
        for (int column = 1; column <= NAMES.length; column++) {
            json.writeName(NAMES[column - 1]);
            value(rs, column);
        }
        state(rs);
        relations(rs, STATE_ID + 2);
        json.writeEndObject();
        lastKey = rs.getString(SORT_KEY);
        lastId = rs.getString(1);
    }

    /** Jackson's forms: numbers as numbers (a position 1024 as 1024.0), instants in ISO-8601 UTC, ids and dates as text. */
    private void value(ResultSet rs, int column) throws SQLException {
        switch (column) {
            case 9 -> json.writeNumber(rs.getDouble(column));
            case 15, 16 -> json.writeNumber(rs.getInt(column));
            case 18 -> labels(rs.getArray(column));
            case 12, 14 -> {
                OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
                stringOrNull(at == null ? null : at.toInstant().toString());
            }
            default -> stringOrNull(rs.getString(column));
        }
    }

    private void state(ResultSet rs) throws SQLException {
        json.writeName(STATE);
        String id = rs.getString(STATE_ID);
        if (id == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeName(STATE_NAMES[0]);
        json.writeString(id);
        json.writeName(STATE_NAMES[1]);
        json.writeString(rs.getString(STATE_ID + 1));
        json.writeName(STATE_NAMES[2]);
        json.writeString(rs.getString(5));
        json.writeEndObject();
    }

    /** Task#subtasks() nests the two counts as Jackson writes it: {"done": 3, "total": 5}. */
    private void relations(ResultSet rs, int first) throws SQLException {
        json.writeName(PARENT_ID);
        stringOrNull(rs.getString(first));
        json.writeName(PARENT_KEY);
        stringOrNull(rs.getString(first + 1));
        json.writeName(SUBTASKS);
        json.writeStartObject();
        json.writeName(DONE);
        json.writeNumber(rs.getInt(first + 2));
        json.writeName(TOTAL);
        json.writeNumber(rs.getInt(first + 3));
        json.writeEndObject();
        json.writeName(BLOCKED);
        json.writeBoolean(rs.getBoolean(first + 4));
    }

    private void labels(java.sql.Array names) throws SQLException {
        json.writeStartArray();
        for (Object name : names == null ? new Object[0] : (Object[]) names.getArray()) {
            json.writeString((String) name);
        }
        json.writeEndArray();
    }

    private void stringOrNull(String value) {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    private static SerializableString[] names(String... names) {
        SerializableString[] serialized = new SerializableString[names.length];
        for (int i = 0; i < names.length; i++) {
            serialized[i] = new SerializedString(names[i]);
        }
        return serialized;
    }
}
