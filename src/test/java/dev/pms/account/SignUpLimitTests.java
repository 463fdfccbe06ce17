package dev.pms.account;

import dev.pms.support.Api;
import dev.pms.support.RateLimitsTest;
import dev.pms.support.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-ups are limited per client IP, through the API and the page alike. */
class SignUpLimitTests extends RateLimitsTest {

    @Test
    void theFourthSignUpFromOneAddressWithinTheHourIsRefusedAndAnotherAddressIsNot() {
        for (int i = 1; i <= 2; i++) {
            assertThat(signUpFrom("127.0.0.1", "p" + i + "@example.com").status()).isEqualTo(202);
        }
        Api page = new Api("127.0.0.1", port);
        page.get("/signup");
        Response third = page.sendRaw("POST", "/signup", "name=P&email=p3%40example.com&password=another+secret&next=%2F",
                "application/x-www-form-urlencoded");
        assertThat(third.status()).isEqualTo(302);

        Response refused = signUpFrom("127.0.0.1", "p4@example.com");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(refused.header("RateLimit-Policy")).isEqualTo("3;w=3600");
        assertThat(jdbc.sql("select count(*) from users").query(Long.class).single()).isEqualTo(3);

        assertThat(signUpFrom("[::1]", "other@example.com").status()).isEqualTo(202);
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(signUpFrom("127.0.0.1", "p5@example.com").status()).isEqualTo(202);
    }

    private Response signUpFrom(String host, String email) {
        return new Api(host, port).post("/api/v1/auth/signup", Map.of("email", email, "name", "P", "password", "another secret"));
    }
}
