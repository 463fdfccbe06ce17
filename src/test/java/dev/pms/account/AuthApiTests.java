package dev.pms.account;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import org.junit.jupiter.api.Test;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuthApiTests extends IntegrationTest {

    @Test
    void firstAccountIsInstanceAdminAndLaterOnesAreNot() {
        Api first = signUp("First");
        Api second = signUp("Second");
        assertThat(first.get("/api/v1/me").json().get("instanceAdmin").asBoolean()).isTrue();
        assertThat(second.get("/api/v1/me").json().get("instanceAdmin").asBoolean()).isFalse();
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        Api ann = signUp("Ann");
        Response wrongPassword = anonymous().post("/api/v1/auth/signin", Map.of("email", ann.email(), "password", "wrong password"));
        Response unknownEmail = anonymous().post("/api/v1/auth/signin", Map.of("email", "nobody@example.com", "password", "wrong password"));
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.get("detail")).isEqualTo(unknownEmail.get("detail"));
    }

    @Test
    void signInIssuesANewHttpOnlyLaxSessionCookie() {
        Api ann = signUp("Ann");
        Api browser = new Api(port);
        browser.get("/api/health");
        browser.post("/api/v1/auth/signin", Map.of("email", ann.email(), "password", "x"));
        Response signIn = browser.post("/api/v1/auth/signin", Map.of("email", ann.email().toUpperCase(), "password", "correct horse"));
        assertThat(signIn.status()).isEqualTo(200);
        String setCookie = signIn.headers().get("set-cookie").stream().filter(c -> c.startsWith("PMS_SESSION=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(browser.get("/api/v1/me").get("email")).isEqualTo(ann.email());
    }

    @Test
    void sessionIdChangesOnSignIn() {
        Api ann = signUp("Ann");
        Api browser = new Api(port);
        browser.post("/api/v1/auth/signin", Map.of("email", ann.email(), "password", "correct horse"));
        String before = session(browser);
        browser.post("/api/v1/auth/signin", Map.of("email", ann.email(), "password", "correct horse"));
        assertThat(session(browser)).isNotEqualTo(before);
    }

    @Test
    void cookieWritesNeedTheCsrfToken() {
        Api ann = signUp("Ann");
        Response withToken = ann.post("/api/v1/workspaces", Map.of("name", "With"));
        assertThat(withToken.status()).isEqualTo(201);
        Response forged = ann.withoutCsrf().sendRaw("POST", "/api/v1/workspaces", "{\"name\":\"Forged\"}", "application/json");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from workspaces").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void passwordsFrom8To128CharactersOfAnyScriptWork() {
        String longAscii = "p".repeat(128);
        String emoji = "\uD83D\uDE00".repeat(64);
        for (String password : new String[]{longAscii, emoji, "zq8#Lm2!"}) {
            String email = "p" + password.length() + "-" + password.codePointAt(0) + "@example.com";
            Response up = anonymous().post("/api/v1/auth/signup", Map.of("email", email, "name", "P", "password", password));
            assertThat(up.status()).as(up.toString()).isEqualTo(202);
            Response in = anonymous().post("/api/v1/auth/signin", Map.of("email", email, "password", password));
            assertThat(in.status()).isEqualTo(200);
            Response other = anonymous().post("/api/v1/auth/signin", Map.of("email", email, "password", password.substring(0, password.length() - 2) + "xx"));
            assertThat(other.status()).isEqualTo(401);
        }
    }

    @Test
    void tooShortOrTooLongPasswordsAndBadEmailsAreRefusedWithFieldErrors() {
        Response shortPw = anonymous().post("/api/v1/auth/signup", Map.of("email", "s@example.com", "name", "S", "password", "1234567"));
        Response longPw = anonymous().post("/api/v1/auth/signup", Map.of("email", "l@example.com", "name", "L", "password", "p".repeat(129)));
        Response badEmail = anonymous().post("/api/v1/auth/signup", Map.of("email", "not-an-email", "name", "B", "password", "zq8#Lm2!"));
        assertThat(shortPw.status()).isEqualTo(400);
        assertThat(longPw.status()).isEqualTo(400);
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(shortPw.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(shortPw.header("content-type")).startsWith("application/problem+json");
        assertThat(jdbc.sql("select count(*) from users").query(Long.class).single()).isZero();
    }

    @Test
    void emailsAreUniqueWhateverTheirCase() {
        Api ann = signUp("Ann");
        Response again = anonymous().post("/api/v1/auth/signup", Map.of("email", ann.email().toUpperCase(), "name", "Ann 2", "password", "zq8#Lm2!"));
        assertThat(again.status()).isEqualTo(202);
        assertThat(jdbc.sql("select count(*) from users").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select name from users").query(String.class).single()).isEqualTo("Ann");
    }

    @Test
    void signOutEndsTheSession() {
        Api ann = signUp("Ann");
        assertThat(ann.post("/api/v1/auth/signout", null).status()).isEqualTo(204);
        assertThat(ann.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void theCsrfTokenIssuedBeforeSignInIsRefusedAfterIt() throws Exception {
        Api ann = signUp("Ann");
        Api browser = new Api(port);
        browser.get("/signin");
        String before = cookie(browser, "XSRF-TOKEN");
        assertThat(browser.post("/api/v1/auth/signin", Map.of("email", ann.email(), "password", "correct horse")).status()).isEqualTo(200);
        assertThat(cookie(browser, "XSRF-TOKEN")).isNotEqualTo(before);

        // the old token sent both as cookie and header, as a page left open (or a planted cookie) would
        assertThat(post(session(browser), before, "/api/v1/workspaces").statusCode()).isEqualTo(403);
        assertThat(browser.post("/api/v1/workspaces", Map.of("name", "Mine")).status()).isEqualTo(201);
    }

    @Test
    void theCsrfTokenOfASessionIsRefusedAfterSignOut() throws Exception {
        Api ann = signUp("Ann");
        String token = cookie(ann, "XSRF-TOKEN");
        String session = session(ann);
        assertThat(ann.post("/api/v1/auth/signout", null).status()).isEqualTo(204);
        assertThat(cookie(ann, "XSRF-TOKEN")).isNotEqualTo(token);
        Response signIn = ann.post("/api/v1/auth/signin", Map.of("email", ann.email(), "password", "correct horse"));
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(post(session(ann), token, "/api/v1/workspaces").statusCode()).isEqualTo(403);
        assertThat(post(session, token, "/api/v1/workspaces").statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeHoweverActive() {
        Api ann = signUp("Ann");
        age(Duration.ofDays(29));
        assertThat(ann.get("/api/v1/me").status()).isEqualTo(200);
        age(Duration.ofDays(1).plusMinutes(1));
        assertThat(ann.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void theSessionTableHoldsOnlyAHashOfTheSessionId() throws Exception {
        Api ann = signUp("Ann");
        String id = new String(Base64.getDecoder().decode(session(ann)), StandardCharsets.UTF_8);
        List<String> stored = jdbc.sql("select session_id from spring_session").query(String.class).list();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored).containsExactly(hash).doesNotContain(id);
        assertThat(ann.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(ann.post("/api/v1/auth/signout", null).status()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isZero();
    }

    /** Moves the sessions' creation back, as if they had been made that much earlier (their last access stays now). */
    private void age(Duration by) {
        jdbc.sql("update spring_session set creation_time = creation_time - :ms").param("ms", by.toMillis()).update();
    }

    /** A JSON POST with exactly these cookies and CSRF header, nothing else. */
    private HttpResponse<String> post(String session, String csrf, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "PMS_SESSION=" + session + "; XSRF-TOKEN=" + csrf).header("X-XSRF-TOKEN", csrf)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Forged\"}")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(Api api, String name) {
        return api.cookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    private static String session(Api api) {
        return api.cookies().stream().filter(c -> c.getName().equals("PMS_SESSION")).map(HttpCookie::getValue).findFirst().orElseThrow();
    }
}
