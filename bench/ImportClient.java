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
 * The benchmark's client: uploads one file to PMS's import API with an API token, then asks for the import
 * with {@code Prefer: wait=30}, which answers when the import has ended, and prints the milliseconds from
 * the start of the upload to the answer that says SUCCEEDED (exit 1 when the import fails). Before the
 * clock starts it sends the same upload to a project that does not exist, which PMS refuses and stores
 * nothing of: the client's own first upload (class loading, a cold JIT) is not PMS's time.
 *   java ImportClient.java <base-url> <token> <workspace-id> <project-id> <file>
 */
public class ImportClient {
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0], token = args[1], workspace = args[2], project = args[3];
        Path file = Path.of(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String imports = base + "/api/v1/workspaces/" + workspace + "/imports";
        HttpResponse<String> refused = http.send(upload(imports, token, UUID.randomUUID().toString(), file), HttpResponse.BodyHandlers.ofString());
        if (refused.statusCode() != 404) {
            System.err.println("the warm-up upload to no project answered " + refused.statusCode() + ": " + refused.body());
            System.exit(1);
        }

        long start = System.nanoTime();
        HttpResponse<String> accepted = http.send(upload(imports, token, project, file),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            System.err.println("upload answered " + accepted.statusCode() + ": " + accepted.body());
            System.exit(1);
        }
        String location = accepted.headers().firstValue("Location").orElseThrow();
        while (true) {
            String body = http.send(awaitEnd(base + location, token), HttpResponse.BodyHandlers.ofString()).body();
            Matcher status = STATUS.matcher(body);
            String now = status.find() ? status.group(1) : "?";
            if (now.equals("SUCCEEDED")) {
                break;
            }
            if (!now.equals("QUEUED") && !now.equals("RUNNING")) {
                System.err.println("import " + now + ": " + body);
                System.exit(1);
            }
        }
        System.out.println((System.nanoTime() - start) / 1_000_000);
    }

    private static HttpRequest awaitEnd(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).header("Prefer", "wait=30").build();
    }

    private static HttpRequest upload(String url, String token, String project, Path file) throws Exception {
        String boundary = "pms-bench-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"projectId\"\r\n\r\n" + project + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofString(tail, StandardCharsets.UTF_8)))
                .build();
    }
}
