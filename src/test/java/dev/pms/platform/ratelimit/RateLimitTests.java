package dev.pms.platform.ratelimit;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTests extends IntegrationTest {

    @Test
    void eleventhUploadWithinFiveMinutesIsRefusedWhileAnotherUserIsNotAffected() {
        Api ann = signUp("Ann");
        Api bob = signUp("Bob");
        String annUploads = imports(ann);
        for (int i = 1; i <= 10; i++) {
            Response upload = upload(ann, annUploads);
            assertThat(upload.status()).as("upload %d", i).isNotEqualTo(429);
            assertThat(upload.header("RateLimit-Remaining")).isEqualTo(Integer.toString(10 - i));
            assertThat(upload.header("RateLimit-Limit")).isEqualTo("10");
            assertThat(upload.header("RateLimit-Policy")).isEqualTo("10;w=300");
        }
        Response refused = upload(ann, annUploads);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        long reset = Long.parseLong(refused.header("RateLimit-Reset"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isGreaterThanOrEqualTo(reset).isBetween(1L, 300L);
        assertThat(refused.get("type")).endsWith("/rate-limited");

        Response bobs = upload(bob, imports(bob));
        assertThat(bobs.status()).isNotEqualTo(429);
        assertThat(bobs.header("RateLimit-Remaining")).isEqualTo("9");

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(upload(ann, annUploads).status()).isNotEqualTo(429);
    }

    @Test
    void eleventhSignInWithinAMinuteIsRefusedEvenWithTheRightPasswordAndALaterOneSucceeds() {
        Api ann = signUp("Ann");
        for (int i = 1; i <= 10; i++) {
            Response wrong = anonymous().post("/api/v1/auth/signin", Map.of("email", ann.email(), "password", "wrong " + i));
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.header("RateLimit-Remaining")).isEqualTo(Integer.toString(10 - i));
        }
        Response right = anonymous().post("/api/v1/auth/signin", Map.of("email", ann.email(), "password", "correct horse"));
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.header("Retry-After")).isNotNull();
        assertThat(right.header("RateLimit-Policy")).isEqualTo("10;w=60");

        clock.advance(Duration.ofSeconds(61));
        Response later = anonymous().post("/api/v1/auth/signin", Map.of("email", ann.email(), "password", "correct horse"));
        assertThat(later.status()).isEqualTo(200);
    }

    @Test
    void signInAttemptsAreCountedPerAccountFromAnyAddress() {
        Api ann = signUp("Ann");
        Api bob = signUp("Bob");
        for (int i = 1; i <= 10; i++) {
            anonymous().post("/api/v1/auth/signin", Map.of("email", ann.email(), "password", "wrong " + i));
        }
        Api elsewhere = new Api("[::1]", port);
        Response annFromElsewhere = elsewhere.post("/api/v1/auth/signin", Map.of("email", ann.email(), "password", "correct horse"));
        assertThat(annFromElsewhere.status()).isEqualTo(429);
        Response bobFromElsewhere = new Api("[::1]", port).post("/api/v1/auth/signin", Map.of("email", bob.email(), "password", "correct horse"));
        assertThat(bobFromElsewhere.status()).isEqualTo(200);
    }

    @Test
    void signInAttemptsAreCountedPerAddressWhateverTheAccount() {
        for (int i = 1; i <= 10; i++) {
            anonymous().post("/api/v1/auth/signin", Map.of("email", "guess" + i + "@example.com", "password", "wrong"));
        }
        Api ann = new Api("[::1]", port);
        Response fresh = anonymous().post("/api/v1/auth/signin", Map.of("email", "fresh@example.com", "password", "wrong"));
        assertThat(fresh.status()).isEqualTo(429);
        assertThat(ann.post("/api/v1/auth/signin", Map.of("email", "fresh@example.com", "password", "wrong")).status()).isEqualTo(401);
    }

    @Test
    void apiCallsCarryTheirQuotaPerUserAndPerToken() {
        Api ann = signUp("Ann");
        Response first = ann.get("/api/v1/me");
        assertThat(first.header("RateLimit-Policy")).isEqualTo("1200;w=60");
        assertThat(first.header("RateLimit-Remaining")).isEqualTo("1199");
        assertThat(ann.get("/api/v1/me").header("RateLimit-Remaining")).isEqualTo("1198");

        String token = ann.post("/api/v1/me/tokens", Map.of("name", "script")).get("secret");
        Response byToken = new Api(port).withToken(token).get("/api/v1/me");
        assertThat(byToken.status()).isEqualTo(200);
        assertThat(byToken.header("RateLimit-Remaining")).isEqualTo("1199");
    }

    @Test
    void healthIsNeverLimited() {
        Response health = anonymous().get("/api/health");
        assertThat(health.header("RateLimit-Limit")).isNull();
    }

    private static String imports(Api who) {
        String workspace = who.post("/api/v1/workspaces", Map.of("name", "W " + who.userId())).get("id");
        return "/api/v1/workspaces/" + workspace + "/imports";
    }

    private static Response upload(Api who, String path) {
        return who.sendRaw("POST", path, "title\nOne task\n", "text/csv");
    }
}
