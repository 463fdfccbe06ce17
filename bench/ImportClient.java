import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's client of PMS's import API: uploads a file with an API token and {@code Prefer:
 * respond-async, wait=30}, so that the answer comes once the import has ended (a longer one is followed by
 * GETs with the same preference); the time is from the start of the upload to the answer that says SUCCEEDED. {@link #warmUp} sends the same upload to a project that does
 * not exist, which PMS refuses and stores nothing of, so that the client's own first requests (class
 * loading, a cold JIT) are not counted as PMS's time.
 *   java ImportClient.java <base-url> <token> <workspace-id> <project-id> <file>   (prints the milliseconds)
 */
public class ImportClient {
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");
    // answers are handled on the client's selector thread: no hand-off to a pool thread is counted as PMS's time
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Runnable::run).build();
    private final String base;
    private final String token;
    private final String imports;
    private final String importsPath;
    private final String project;

    ImportClient(String base, String token, String workspace, String project) {
        this.base = base;
        this.token = token;
        this.importsPath = "/api/v1/workspaces/" + workspace + "/imports";
        this.imports = base + importsPath;
        this.project = project;
    }

    public static void main(String[] args) throws Exception {
        ImportClient client = new ImportClient(args[0], args[1], args[2], args[3]);
        Path file = Path.of(args[4]);
        client.warmUp(file);
        System.out.println(client.importMillis(file));
    }

    void warmUp(Path file) throws Exception {
        HttpResponse<String> refused = http.send(upload(UUID.randomUUID().toString(), file), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = http.send(awaitEnd(importsPath + "/" + UUID.randomUUID()), HttpResponse.BodyHandlers.ofString());
        if (refused.statusCode() != 404 || unknown.statusCode() != 404) {
            throw new IllegalStateException("the warm-up requests answered " + refused.statusCode() + " and " + unknown.statusCode()
                    + ", not 404: " + refused.body());
        }
    }

    /** Milliseconds from the start of the upload to the answer that says SUCCEEDED. */
    long importMillis(Path file) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(upload(project, file), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201 && answer.statusCode() != 202) {
            throw new IllegalStateException("upload answered " + answer.statusCode() + ": " + answer.body());
        }
        String location = answer.headers().firstValue("Location").orElseThrow();
        for (String body = answer.body(); ; body = http.send(awaitEnd(location), HttpResponse.BodyHandlers.ofString()).body()) {
            Matcher status = STATUS.matcher(body);
            String now = status.find() ? status.group(1) : "?";
            if (now.equals("SUCCEEDED")) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            if (!now.equals("QUEUED") && !now.equals("RUNNING")) {
                throw new IllegalStateException("import " + now + ": " + body);
            }
        }
    }

    private HttpRequest awaitEnd(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Prefer", "wait=30").build();
    }

    private HttpRequest upload(String projectId, Path file) throws Exception {
        String boundary = "pms-bench-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"projectId\"\r\n\r\n" + projectId + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        return HttpRequest.newBuilder(URI.create(imports))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Prefer", "respond-async, wait=30")
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofString(tail, StandardCharsets.UTF_8)))
                .build();
    }
}
