package dev.pms.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One person's HTTP client against a running PMS: keeps the session cookie and sends the CSRF token on
 * writes, as a browser script would; or uses a bearer token when {@link #withToken} was called.
 */
public class Api {
    public static final JsonMapper JSON = JsonMapper.builder().build();
    /** Far above any response's time in the tests, even on a loaded machine; a hung request once held a run for 16 min. */
    static final Duration RESPONSE_WAIT = Duration.ofMinutes(3);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final int port;
    private final String host;
    private final CookieManager cookies;
    private final HttpClient http;
    private String bearer;
    private boolean sendCsrf = true;
    public JsonNode user;

    public Api(int port) {
        this("localhost", port);
    }

    /** A client that connects through the given address, e.g. {@code "[::1]"} to come from another IP than 127.0.0.1. */
    public Api(String host, int port) {
        this(host, port, new CookieManager());
    }

    private Api(String host, int port, CookieManager cookies) {
        this.port = port;
        this.host = host;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** The same person (cookies, token) talking to another node. */
    public Api at(int otherPort) {
        Api other = new Api(host, otherPort, cookies);
        other.bearer = bearer;
        other.sendCsrf = sendCsrf;
        other.user = user;
        return other;
    }

    public static Api signUp(int port, String name) {
        Api api = new Api(port);
        String email = name.toLowerCase().replaceAll("[^a-z0-9]", "") + "-" + SEQUENCE.incrementAndGet() + "@example.com";
        Response response = api.post("/api/v1/auth/signup", Map.of("email", email, "name", name, "password", "correct horse"));
        if (response.status() != 202) {
            throw new IllegalStateException("sign-up failed: " + response);
        }
        api.user = api.get("/api/v1/me").json();
        return api;
    }

    /** A client holding the cookies of a person already signed in (copies: the client may change them). */
    static Api signedIn(int port, JsonNode user, java.util.List<HttpCookie> cookies) {
        Api api = new Api(port);
        URI origin = URI.create("http://localhost:" + port);
        cookies.forEach(cookie -> api.cookies.getCookieStore().add(origin, cookie));
        api.user = user;
        return api;
    }

    public Api withToken(String token) {
        this.bearer = token;
        return this;
    }

    /** Stops sending the CSRF header, as a forged cross-site request would. */
    public Api withoutCsrf() {
        this.sendCsrf = false;
        return this;
    }

    public String userId() {
        return user.get("id").asString();
    }

    public String email() {
        return user.get("email").asString();
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    /** A GET with extra request headers, given as name, value, name, value... */
    public Response get(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = execute(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers().map());
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    public Response send(String method, String path, Object body) {
        String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        return sendRaw(method, path, json, "application/json");
    }

    public Response sendRaw(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = request(path)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = execute(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers().map());
    }

    /**
     * Sends any body (a multipart upload, a stream); {@code expectContinue} lets the server refuse before the body.
     * Extra request headers come as name, value, name, value...
     */
    public Response sendBody(String method, String path, HttpRequest.BodyPublisher body, String contentType, boolean expectContinue,
                             String... headers) {
        HttpRequest.Builder request = request(path).method(method, body).header("Content-Type", contentType)
                .expectContinue(expectContinue);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = execute(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers().map());
    }

    /** A GET whose body is kept as bytes (a download); extra request headers come as name, value, name, value... */
    public HttpResponse<byte[]> download(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return execute(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A GET whose body is read line by line as it arrives (an event stream); closing the lines hangs up. */
    public HttpResponse<java.util.stream.Stream<String>> lines(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return execute(request, HttpResponse.BodyHandlers.ofLines());
    }

    /**
     * A request to this PMS carrying what a browser script would: the bearer token or the CSRF header. Its response
     * (the status and headers; a body may stream on) must come within {@link #RESPONSE_WAIT}, so that a request the
     * server never answers fails its test with a thread dump instead of holding up the whole run.
     */
    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path)).timeout(RESPONSE_WAIT);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (sendCsrf) {
            csrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        }
        return request;
    }

    private <T> HttpResponse<T> execute(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        HttpRequest built = request.build();
        try {
            return http.send(built, handler);
        } catch (HttpTimeoutException e) {
            throw new AssertionError("no response to " + built.method() + " " + built.uri().getPath() + " within " + RESPONSE_WAIT
                    + "; the threads of this JVM, virtual ones too, are in " + ThreadDumps.write("no-response"), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private java.util.Optional<String> csrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst();
    }

    public java.util.List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }
}
