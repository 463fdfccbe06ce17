package dev.pms.imports;

import dev.pms.support.Api;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads files to the import API as a browser form would, and waits for imports to end. */
public final class Uploads {
    private Uploads() {
    }

    public static Response upload(Api who, String workspaceId, String fileName, byte[] content, Map<String, String> fields,
                                  String... headers) {
        String boundary = "----pms" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (!fields.containsKey("confirm")) {
            // scripts' one-shot import; a test of the preview says confirm=false
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"confirm\"\r\n\r\ntrue\r\n");
        }
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return who.sendBody("POST", "/api/v1/workspaces/" + workspaceId + "/imports",
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()), "multipart/form-data; boundary=" + boundary, false, headers);
    }

    public static Response upload(Team team, String fileName, byte[] content, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("projectId", team.projectId);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return upload(team.owner(), team.workspaceId, fileName, content, form);
    }

    /** Uploads and waits until the import has ended; returns its final state. */
    public static Response importFile(Team team, String fileName, byte[] content, String... fields) {
        Response accepted = upload(team, fileName, content, fields);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        return awaitEnd(team.owner(), accepted.header("Location"));
    }

    public static Response awaitEnd(Api who, String location) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            Response current = who.get(location, "Prefer", "wait=10");
            String status = current.get("status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING") && current.json().get("undoRequestedAt").isNull()
                    || status.equals("UNDONE")) {
                return current;
            }
        }
        throw new AssertionError("import did not end: " + who.get(location));
    }

    /** Waits until the import's job has started (or already ended), so that what the test does next meets it. */
    public static void awaitStarted(Api who, String location) throws InterruptedException {
        for (int i = 0; i < 600 && who.get(location).get("status").equals("QUEUED"); i++) {
            Thread.sleep(50);
        }
    }

    /** A CSV of {@code n} varied task rows. */
    public static byte[] rows(int n) {
        StringBuilder out = new StringBuilder("Title,Description,Status,Priority,Due Date\n");
        String[] statuses = {"To Do", "In Progress", "Done", "Backlog", "In Review"};
        String[] priorities = {"Low", "Medium", "High", "Urgent", "None"};
        for (int i = 1; i <= n; i++) {
            out.append("Task ").append(i).append(",\"Row ").append(i).append(", with a comma\",").append(statuses[i % 5])
                    .append(',').append(priorities[i % 5]).append(",2026-").append(String.format("%02d-%02d", i % 12 + 1, i % 28 + 1))
                    .append('\n');
        }
        return csv(out.toString());
    }

    public static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static long tasksOf(JdbcClient jdbc, String importId) {
        return jdbc.sql("select count(*) from tasks where import_id = cast(:id as uuid)").param("id", importId)
                .query(Long.class).single();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
