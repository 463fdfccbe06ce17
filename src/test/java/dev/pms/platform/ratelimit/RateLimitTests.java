package dev.pms.platform.ratelimit;

import dev.pms.imports.Uploads;
import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTests extends IntegrationTest {

    @Test
    void eleventhUploadWithinFiveMinutesIsRefusedWhileAnotherUserIsNotAffected() {
        Api ann = signUp("Ann");
        Api bob = signUp("Bob");
        String[] annUploads = imports(ann);
        for (int i = 1; i <= 10; i++) {
            Response upload = upload(ann, annUploads);
            assertThat(upload.status()).as("upload %d", i).isEqualTo(202);
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
        assertThat(bobs.status()).isEqualTo(202);
        assertThat(bobs.header("RateLimit-Remaining")).isEqualTo("9");

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(upload(ann, annUploads).status()).isEqualTo(202);
        assertThat(jdbc.sql("select count(*) from imports").query(Long.class).single()).isEqualTo(12);
    }

    @Test
    void afterFiveFailuresEachWrongPasswordMakesTheAccountWaitTwiceAsLongAndNoPasswordIsCheckedMeanwhile() {
        Api ann = signUp("Ann");
        for (int i = 1; i <= 6; i++) {
            assertThat(signIn(anonymous(), ann.email(), "wrong " + i).status()).isEqualTo(401);
        }
        Response waiting = signIn(anonymous(), ann.email(), "correct horse");
        assertThat(waiting.status()).isEqualTo(429);
        assertThat(waiting.header("Retry-After")).isEqualTo("1");
        assertThat(waiting.header("Content-Type")).startsWith("application/problem+json");

        clock.advance(Duration.ofMillis(1100));
        assertThat(signIn(anonymous(), ann.email(), "wrong 7").status()).isEqualTo(401);
        assertThat(signIn(anonymous(), ann.email(), "correct horse").header("Retry-After")).isEqualTo("2");

        clock.advance(Duration.ofMillis(2100));
        assertThat(signIn(anonymous(), ann.email(), "correct horse").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from sign_in_throttle").query(Long.class).single()).isZero();
    }

    @Test
    void anAccountsWaitHoldsFromAnyAddressAndForNoOtherAccount() {
        Api ann = signUp("Ann");
        Api bob = signUp("Bob");
        for (int i = 1; i <= 6; i++) {
            signIn(anonymous(), ann.email(), "wrong " + i);
        }
        Response annFromElsewhere = signIn(new Api("[::1]", port), ann.email(), "correct horse");
        assertThat(annFromElsewhere.status()).isEqualTo(429);
        assertThat(signIn(new Api("[::1]", port), bob.email(), "correct horse").status()).isEqualTo(200);
    }

    @Test
    void forwardedForFromAClientThatIsNoTrustedProxyIsIgnored() {
        for (int i = 1; i <= 10; i++) {
            Response guess = anonymous().sendBody("POST", "/api/v1/auth/signin", HttpRequest.BodyPublishers.ofString(
                    "{\"email\":\"guess" + i + "@example.com\",\"password\":\"x\"}"), "application/json", false, "X-Forwarded-For", "192.0.2." + i);
            assertThat(guess.status()).isEqualTo(401);
        }
        Response spoofed = anonymous().sendBody("POST", "/api/v1/auth/signin", HttpRequest.BodyPublishers.ofString(
                "{\"email\":\"fresh@example.com\",\"password\":\"x\"}"), "application/json", false, "X-Forwarded-For", "192.0.2.200");
        assertThat(spoofed.status()).isEqualTo(429);
        assertThat(spoofed.json().get("policy").asString()).isEqualTo("sign-in per address");
        assertThat(spoofed.get("detail")).contains("policy: sign-in per address");
    }

    @Test
    void wrongApiTokensAreRefusedWith429PerAddressOnceTwentyHaveFailed() {
        Api ann = signUp("Ann");
        String token = ann.post("/api/v1/me/tokens", Map.of("name", "script")).get("secret");
        for (int i = 0; i < 20; i++) {
            assertThat(new Api(port).withToken("pms_" + "%064x".formatted(i)).get("/api/v1/me").status()).isEqualTo(401);
        }
        Response refused = new Api(port).withToken("pms_" + "f".repeat(64)).get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(refused.json().get("policy").asString()).isEqualTo("failed API tokens per address");
        assertThat(new Api("[::1]", port).withToken(token).get("/api/v1/me").status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(61));
        assertThat(new Api(port).withToken(token).get("/api/v1/me").status()).isEqualTo(200);
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
    void thePageSignInFormIsLimitedToo() {
        Api ann = signUp("Ann");
        Api browser = anonymous();
        browser.get("/signin");
        for (int i = 1; i <= 6; i++) {
            Response wrong = browser.sendRaw("POST", "/signin", "email=" + ann.email() + "&password=wrong" + i, "application/x-www-form-urlencoded");
            assertThat(wrong.status()).isEqualTo(401);
        }
        Response right = browser.sendRaw("POST", "/signin", "email=" + ann.email() + "&password=correct+horse", "application/x-www-form-urlencoded");
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.header("Retry-After")).isNotNull();
        assertThat(right.body()).contains("try again in 1 s");

        for (int i = 7; i <= 10; i++) {
            browser.sendRaw("POST", "/signin", "email=guess" + i + "@example.com&password=wrong", "application/x-www-form-urlencoded");
        }
        Response perAddress = browser.sendRaw("POST", "/signin", "email=" + ann.email() + "&password=correct+horse", "application/x-www-form-urlencoded");
        assertThat(perAddress.status()).isEqualTo(429);

        clock.advance(Duration.ofSeconds(61));
        Response later = browser.sendRaw("POST", "/signin", "email=" + ann.email() + "&password=correct+horse", "application/x-www-form-urlencoded");
        assertThat(later.status()).isBetween(200, 399);
    }

    @Test
    void apiCallsCarryTheirQuotaPerUserAndPerToken() {
        Api ann = signUp("Ann");
        Response first = ann.get("/api/v1/me");
        assertThat(first.header("RateLimit-Policy")).isEqualTo("1200;w=60");
        // signing up read /me once already
        assertThat(first.header("RateLimit-Remaining")).isEqualTo("1198");
        assertThat(ann.get("/api/v1/me").header("RateLimit-Remaining")).isEqualTo("1197");

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

    private static Response signIn(Api browser, String email, String password) {
        return browser.post("/api/v1/auth/signin", Map.of("email", email, "password", password));
    }

    /** A workspace and project of the person's own, to upload into. */
    private static String[] imports(Api who) {
        String workspace = who.post("/api/v1/workspaces", Map.of("name", "W " + who.userId())).get("id");
        String project = who.post("/api/v1/workspaces/" + workspace + "/projects", Map.of("name", "P")).get("id");
        return new String[]{workspace, project};
    }

    private static Response upload(Api who, String[] target) {
        return Uploads.upload(who, target[0], "tasks.csv", Uploads.csv("Title\nOne task\n"), Map.of("projectId", target[1]));
    }
}
