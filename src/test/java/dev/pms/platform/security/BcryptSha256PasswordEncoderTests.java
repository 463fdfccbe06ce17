package dev.pms.platform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hash carries its own cost: lowering the strength (as the tests do) changes new hashes only. */
class BcryptSha256PasswordEncoderTests {

    @Test
    void newHashesUseTheConfiguredStrength() {
        assertThat(new BcryptSha256PasswordEncoder(4).encode("correct horse")).startsWith("$2a$04$");
        assertThat(new BcryptSha256PasswordEncoder(10).encode("correct horse")).startsWith("$2a$10$");
    }

    @Test
    void aHashMadeAtAnyStrengthIsCheckedAtAnyOther() {
        String production = new BcryptSha256PasswordEncoder(10).encode("correct horse");
        BcryptSha256PasswordEncoder cheap = new BcryptSha256PasswordEncoder(4);
        assertThat(cheap.matches("correct horse", production)).isTrue();
        assertThat(cheap.matches("correct horse!", production)).isFalse();
    }

    @Test
    void passwordsLongerThanBcryptsSeventyTwoBytesStillCountInFull() {
        String base = "é".repeat(40);
        String hash = new BcryptSha256PasswordEncoder(4).encode(base + "a");
        assertThat(new BcryptSha256PasswordEncoder(4).matches(base + "b", hash)).isFalse();
    }
}
