package dev.pms.account;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.pms.platform.mail.Outbox;
import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-up refuses common passwords and answers alike for new and taken emails (no account enumeration). */
class SignUpTests extends IntegrationTest {
    private final Logger outboxLog = (Logger) LoggerFactory.getLogger(Outbox.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureOutbox() {
        logged.start();
        outboxLog.addAppender(logged);
        outboxLog.setLevel(Level.INFO);
    }

    @AfterEach
    void release() {
        outboxLog.detachAppender(logged);
        outboxLog.setLevel(null);
    }

    @Test
    void aCommonPasswordIsRefusedByTheApiWithAClearMessage() {
        Response refused = anonymous().post("/api/v1/auth/signup", Map.of("email", "ann@example.com", "name", "Ann", "password", "password1234"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .startsWith("This password is on a list of the 100,000 most common passwords");
        assertThat(jdbc.sql("select count(*) from users").query(Long.class).single()).isZero();
    }

    @Test
    void aCommonPasswordIsRefusedByTheSignUpPageWithAClearMessage() {
        Api browser = anonymous();
        browser.get("/signup");
        Response page = browser.sendRaw("POST", "/signup", form("ann@example.com", "password1234"), "application/x-www-form-urlencoded");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("This password is on a list of the 100,000 most common passwords");
        assertThat(jdbc.sql("select count(*) from users").query(Long.class).single()).isZero();
    }

    @Test
    void theApiAnswersATakenEmailExactlyAsANewOneButSignsOnlyTheNewAccountIn() {
        Api ann = signUp("Ann");
        Api prober = anonymous();
        Response taken = prober.post("/api/v1/auth/signup", Map.of("email", ann.email(), "name", "Not Ann", "password", "another secret"));
        Api newcomer = anonymous();
        Response fresh = newcomer.post("/api/v1/auth/signup", Map.of("email", "bea@example.com", "name", "Bea", "password", "another secret"));

        assertThat(taken.status()).isEqualTo(fresh.status()).isEqualTo(202);
        assertThat(taken.body().replace(ann.email(), "EMAIL")).isEqualTo(fresh.body().replace("bea@example.com", "EMAIL"));
        assertThat(taken.header("Content-Type")).isEqualTo(fresh.header("Content-Type"));
        assertThat(prober.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(newcomer.get("/api/v1/me").get("email")).isEqualTo("bea@example.com");
        // Ann's account is as it was; the prober's password opens nothing
        assertThat(jdbc.sql("select name from users where email = :e").param("e", ann.email()).query(String.class).single()).isEqualTo("Ann");
        assertThat(anonymous().post("/api/v1/auth/signin", Map.of("email", ann.email(), "password", "another secret")).status()).isEqualTo(401);
        assertThat(anonymous().post("/api/v1/auth/signin", Map.of("email", ann.email(), "password", "correct horse")).status()).isEqualTo(200);
        // without SMTP, Ann's notice is not sent, and the log says so
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("No SMTP server is configured (spring.mail.host): the email "
                        + "\"Someone tried to create a PMS account with your email address\" was not sent");
    }

    @Test
    void thePageAnswersATakenEmailWithTheSameRedirectWithoutASession() {
        Api ann = signUp("Ann");
        Api prober = anonymous();
        prober.get("/signup");
        Response taken = prober.sendRaw("POST", "/signup", form(ann.email(), "another secret"), "application/x-www-form-urlencoded");
        Api newcomer = anonymous();
        newcomer.get("/signup");
        Response fresh = newcomer.sendRaw("POST", "/signup", form("bea@example.com", "another secret"), "application/x-www-form-urlencoded");

        assertThat(taken.status()).isEqualTo(fresh.status()).isEqualTo(302);
        assertThat(taken.header("Location")).isEqualTo(fresh.header("Location"));
        assertThat(taken.body()).isEqualTo(fresh.body());
        assertThat(prober.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(newcomer.get("/api/v1/me").status()).isEqualTo(200);
    }


    private static String form(String email, String password) {
        return "name=Someone&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next=%2F";
    }
}
