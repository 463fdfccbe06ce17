package dev.pms.platform.observability;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class RequestLogTests extends IntegrationTest {
    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

    @BeforeEach
    void logRequests() {
        logging.setLogLevel("pms.request", LogLevel.INFO);
    }

    @AfterEach
    void quiet() {
        logging.setLogLevel("pms.request", null);
    }

    @Test
    void aCallersRequestIdIsReturnedAndLogged(CapturedOutput output) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/health")).header("X-Request-Id", "abc").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("abc");
        assertThat(awaitLine(output, "request=abc ")).containsPattern("GET /api/health 200 \\d+ms request=abc ");
    }

    @Test
    void aMissingOrOddRequestIdIsReplacedByANewOne() throws Exception {
        Response plain = anonymous().get("/api/health/live");
        assertThat(plain.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        HttpResponse<String> odd = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/health/live"))
                        .header("X-Request-Id", "<script>" + "x".repeat(200)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(odd.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
    }

    @Test
    void theLineNamesRouteStatusUserAndWorkspace(CapturedOutput output) {
        Api ann = signUp("Ann");
        String workspace = ann.post("/api/v1/workspaces", Map.of("name", "Acme")).get("id");
        Response projects = ann.get("/api/v1/workspaces/" + workspace + "/projects");
        String requestId = projects.header("X-Request-Id");
        assertThat(awaitLine(output, "request=" + requestId)).contains("GET /api/v1/workspaces/{workspaceId}/projects 200 ")
                .contains("request=" + requestId + " user=" + ann.userId() + " workspace=" + workspace);
    }

    @Test
    void noPasswordTokenOrSessionReachesTheLog(CapturedOutput output) {
        Api ann = signUp("Ann");
        anonymous().post("/api/v1/auth/signin", Map.of("email", ann.email(), "password", "correct horse"));
        String token = ann.post("/api/v1/me/tokens", Map.of("name", "ci")).get("secret");
        Api script = new Api(port).withToken(token);
        assertThat(script.get("/api/v1/me").status()).isEqualTo(200);
        String tokenId = ann.get("/api/v1/me/tokens").json().get(0).get("id").asString();
        ann.delete("/api/v1/me/tokens/" + tokenId);
        Response refused = script.get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(401);
        String session = ann.cookies().stream().filter(c -> c.getName().equals("PMS_SESSION")).map(HttpCookie::getValue).findFirst().orElseThrow();

        // the line is written once the response is complete, which the client may see first
        String log = awaitLine(output, "request=" + refused.header("X-Request-Id"));
        assertThat(log).contains("GET /api/v1/me 200").contains(" 401 ").contains("request=" + refused.header("X-Request-Id"));
        assertThat(log).doesNotContain(token).doesNotContain(token.substring(4, 20))
                .doesNotContain("correct horse").doesNotContain(session);
    }

    @Test
    void aRefusedRequestNamesItsRouteAndUser(CapturedOutput output) {
        Api ann = signUp("Ann");
        for (int i = 0; i < 6; i++) {
            anonymous().post("/api/v1/auth/signin", Map.of("email", ann.email(), "password", "wrong"));
        }
        Response waiting = anonymous().post("/api/v1/auth/signin", Map.of("email", ann.email(), "password", "wrong"));
        assertThat(waiting.status()).isEqualTo(429);
        for (int i = 0; i < 4; i++) {
            anonymous().post("/api/v1/auth/signin", Map.of("email", "x" + i + "@example.com", "password", "wrong"));
        }
        Response byFilter = anonymous().post("/api/v1/auth/signin", Map.of("email", "y@example.com", "password", "wrong"));
        assertThat(byFilter.status()).isEqualTo(429);
        Response unauthenticated = anonymous().get("/api/v1/me");
        awaitLine(output, "request=" + byFilter.header("X-Request-Id"));
        assertThat(awaitLine(output, "request=" + unauthenticated.header("X-Request-Id")))
                .containsPattern("POST /api/v1/auth/signin 429 \\d+ms request=" + byFilter.header("X-Request-Id"))
                .containsPattern("GET /api/v1/me 401 \\d+ms request=" + unauthenticated.header("X-Request-Id"));
        assertThat(output.getAll()).contains("POST /api/v1/auth/signin 429 ").doesNotContain("POST - 429").doesNotContain("GET - 401");

        String token = ann.post("/api/v1/me/tokens", Map.of("name", "ci")).get("secret");
        String workspace = ann.post("/api/v1/workspaces", Map.of("name", "Acme")).get("id");
        assertThat(unauthenticated.status()).isEqualTo(401);
        Response page = new Api(port).withToken(token).get("/w/" + workspace);
        assertThat(awaitLine(output, "request=" + page.header("X-Request-Id"))).contains("GET /w/{workspaceId} 401 ");
    }

    private static String awaitLine(CapturedOutput output, String part) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!output.getAll().contains(part) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return output.getAll();
    }
}
