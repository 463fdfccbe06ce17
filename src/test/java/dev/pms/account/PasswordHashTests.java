package dev.pms.account;

import dev.pms.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Passwords are stored as bcrypt-sha256 hashes, at the strength the tests set (src/test/resources/config). */
class PasswordHashTests extends IntegrationTest {

    @Test
    void aSignUpStoresABcryptSha256HashAtTheTestStrength() {
        signUp("Ann");
        String hash = jdbc.sql("select password_hash from users").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt-sha256}$2a$04$").doesNotContain("correct horse");
    }
}
