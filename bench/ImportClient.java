import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's client of PMS's import API: uploads a file with an API token and {@code Prefer:
 * respond-async, wait=30}, so that the answer comes once the import has ended (a longer one is followed by
 * GETs with the same preference); the time is from the start of the upload to the answer that says SUCCEEDED.
 * It uses the JDK's blocking HttpURLConnection on a kept-alive connection: the request is written and the
 * answer read on the calling thread, so no thread hand-off of the client is counted as PMS's time.
 * {@link #warmUp} sends the same upload to a project that does not exist, which PMS refuses and stores
 * nothing of, so that the client's own first requests (class loading, a cold JIT) are not counted either.
 *   java ImportClient.java <base-url> <token> <workspace-id> <project-id> <file>   (prints the milliseconds)
 */
public class ImportClient {
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");
    private final String base;
    private final String token;
    private final String importsPath;
    private final String project;
    private String lastLocation;
    /** false: uploads stop at the preview, and {@link #importMillis} times the upload until its preview is ready. */
    boolean confirm = true;

    record Answer(int status, String location, String body) {
    }

    ImportClient(String base, String token, String workspace, String project) {
        this.base = base;
        this.token = token;
        this.importsPath = "/api/v1/workspaces/" + workspace + "/imports";
        this.project = project;
    }

    public static void main(String[] args) throws Exception {
        ImportClient client = new ImportClient(args[0], args[1], args[2], args[3]);
        Path file = Path.of(args[4]);
        client.warmUp(file);
        System.out.println(client.importMillis(file));
    }

    void warmUp(Path file) throws IOException {
        Answer refused = upload(UUID.randomUUID().toString(), file);
        Answer unknown = awaitEnd(importsPath + "/" + UUID.randomUUID());
        if (refused.status() != 404 || unknown.status() != 404) {
            throw new IllegalStateException("the warm-up requests answered " + refused.status() + " and " + unknown.status()
                    + ", not 404: " + refused.body());
        }
    }

    /** Milliseconds from the start of the upload to the answer that says SUCCEEDED (or that the preview is ready). */
    long importMillis(Path file) throws IOException {
        long start = System.nanoTime();
        Answer answer = upload(project, file);
        if (answer.status() != 201 && answer.status() != 202) {
            throw new IllegalStateException("upload answered " + answer.status() + ": " + answer.body());
        }
        lastLocation = answer.location();
        while (true) {
            Matcher status = STATUS.matcher(answer.body());
            String now = status.find() ? status.group(1) : "?";
            if (now.equals("SUCCEEDED") || now.equals("PREVIEW") && answer.body().contains("\"previewReady\":true")) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            if (!now.equals("QUEUED") && !now.equals("RUNNING") && !now.equals("PREVIEW")) {
                throw new IllegalStateException("import " + now + ": " + answer.body());
            }
            answer = awaitEnd(lastLocation); // a GET's answer carries no Location: keep the upload's
        }
    }

    /** Reads the last import this client made, as a client that waits for it would: warms PMS's request path. */
    void readLast() throws IOException {
        Answer answer = awaitEnd(lastLocation);
        if (answer.status() != 200) {
            throw new IllegalStateException("reading " + lastLocation + " answered " + answer.status());
        }
    }

    private Answer awaitEnd(String path) throws IOException {
        HttpURLConnection http = open(path, "GET");
        http.setRequestProperty("Prefer", "wait=30");
        return answer(http);
    }

    private Answer upload(String projectId, Path file) throws IOException {
        String boundary = "pms-bench-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"projectId\"\r\n\r\n" + projectId + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"confirm\"\r\n\r\n" + confirm + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpURLConnection http = open(importsPath, "POST");
        http.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
        http.setRequestProperty("Prefer", "respond-async, wait=30");
        http.setDoOutput(true);
        http.setFixedLengthStreamingMode(head.length + Files.size(file) + tail.length);
        try (OutputStream out = http.getOutputStream()) {
            out.write(head);
            Files.copy(file, out);
            out.write(tail);
        }
        return answer(http);
    }

    private HttpURLConnection open(String path, String method) throws IOException {
        HttpURLConnection http = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        http.setRequestMethod(method);
        http.setRequestProperty("Authorization", "Bearer " + token);
        return http;
    }

    /** Reads the whole answer, so that the connection goes back to the JDK's keep-alive cache. */
    private static Answer answer(HttpURLConnection http) throws IOException {
        int status = http.getResponseCode();
        try (InputStream in = status < 400 ? http.getInputStream() : http.getErrorStream()) {
            String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(status, http.getHeaderField("Location"), body);
        }
    }
}
