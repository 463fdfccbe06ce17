package dev.pms.platform.ratelimit;

import dev.pms.support.Api;
import dev.pms.support.RateLimitsTest;
import dev.pms.support.Response;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in under attack, with the test client as a trusted proxy so that X-Forwarded-For names many addresses.
 * Time moves with the test clock.
 */
class SignInThrottleTests extends RateLimitsTest {

    @Test
    void twoHundredWrongPasswordsFromManyAddressesInAnHourEvaluateAtMostAHundredAndTheOwnerStillSignsIn() {
        Api owner = signUp("Owner"); // signing up signs this browser in: it now has a device cookie
        int evaluated = 0;
        int refused = 0;
        for (int i = 0; i < 200; i++) {
            Response guess = signIn(new Api(port), owner.email(), "guess " + i, "198.51.100." + (i % 250));
            if (guess.status() == 401) {
                evaluated++;
            } else {
                assertThat(guess.status()).as(guess.toString()).isEqualTo(429);
                assertThat(guess.header("Retry-After")).isNotNull();
                refused++;
            }
            clock.advance(Duration.ofSeconds(18)); // 200 guesses spread over one hour
        }
        assertThat(evaluated + refused).isEqualTo(200);
        assertThat(evaluated).as("passwords evaluated").isLessThanOrEqualTo(100);

        Response ownerBack = signIn(owner, owner.email(), "correct horse", "203.0.113.7");
        assertThat(ownerBack.status()).as(ownerBack.toString()).isEqualTo(200);
    }

    @Test
    void theRightPasswordFromAnUnknownBrowserWaitsItsTurnWhileTheOwnersBrowserDoesNot() {
        Api owner = signUp("Owner");
        for (int i = 1; i <= 6; i++) {
            assertThat(signIn(new Api(port), owner.email(), "guess " + i, "198.51.100." + i).status()).isEqualTo(401);
        }
        Response waiting = signIn(new Api(port), owner.email(), "correct horse", "198.51.100.99");
        assertThat(waiting.status()).isEqualTo(429);
        assertThat(waiting.header("Retry-After")).isEqualTo("1");
        assertThat(waiting.get("detail")).contains("policy: sign-in per account");

        assertThat(signIn(owner, owner.email(), "correct horse", "203.0.113.7").status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(2));
        assertThat(signIn(new Api(port), owner.email(), "correct horse", "198.51.100.99").status()).isEqualTo(200);
    }

    @Test
    void aDeviceCookieVouchesOnlyForItsOwnAccountAndMeetsDelaysOfItsOwn() {
        Api ann = signUp("Ann");
        Api bob = signUp("Bob");
        for (int i = 1; i <= 6; i++) {
            signIn(new Api(port), bob.email(), "guess " + i, "198.51.100." + i);
        }
        // Ann's browser knows Ann, not Bob: for Bob it is any browser
        assertThat(signIn(ann, bob.email(), "correct horse", "203.0.113.7").status()).isEqualTo(429);

        for (int i = 1; i <= 6; i++) {
            assertThat(signIn(ann, ann.email(), "guess " + i, "203.0.113." + i).status()).isEqualTo(401);
        }
        Response deviceWaits = signIn(ann, ann.email(), "correct horse", "203.0.113.50");
        assertThat(deviceWaits.status()).isEqualTo(429);
        assertThat(deviceWaits.get("detail")).contains("policy: sign-in per device");
    }

    @Test
    void forwardedForFromATrustedProxyCountsEachClientOnItsOwn() {
        for (int i = 1; i <= 10; i++) {
            assertThat(signIn(new Api(port), "guess" + i + "@example.com", "wrong", "192.0.2.1").status()).isEqualTo(401);
        }
        Response sameClient = signIn(new Api(port), "fresh@example.com", "wrong", "192.0.2.1");
        assertThat(sameClient.status()).isEqualTo(429);
        assertThat(sameClient.json().get("policy").asString()).isEqualTo("sign-in per address");
        assertThat(signIn(new Api(port), "fresh@example.com", "wrong", "192.0.2.2").status()).isEqualTo(401);
        // a client's own entries left of the proxy's are not believed: the right-most untrusted address counts
        assertThat(signIn(new Api(port), "fresh@example.com", "wrong", "192.0.2.77, 192.0.2.1").status()).isEqualTo(429);
    }

    private static Response signIn(Api browser, String email, String password, String forwardedFor) {
        String json = Api.JSON.writeValueAsString(Map.of("email", email, "password", password));
        return browser.sendBody("POST", "/api/v1/auth/signin", HttpRequest.BodyPublishers.ofString(json), "application/json", false,
                "X-Forwarded-For", forwardedFor);
    }
}
