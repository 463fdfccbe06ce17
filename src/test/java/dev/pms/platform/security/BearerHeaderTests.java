package dev.pms.platform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BearerHeaderTests {

    @Test
    void theSchemeIsReadWithoutRegardToCase() {
        assertThat(BearerHeader.isBearer("Bearer pms_abc")).isTrue();
        assertThat(BearerHeader.isBearer("bearer pms_abc")).isTrue();
        assertThat(BearerHeader.isBearer("BEARER pms_abc")).isTrue();
    }

    @Test
    void otherSchemesAndNoHeaderAreNotBearer() {
        assertThat(BearerHeader.isBearer(null)).isFalse();
        assertThat(BearerHeader.isBearer("")).isFalse();
        assertThat(BearerHeader.isBearer("Basic dXNlcjpwYXNz")).isFalse();
        assertThat(BearerHeader.isBearer("Bearer")).isFalse();
        assertThat(BearerHeader.isBearer("Bearerpms_abc")).isFalse();
    }

    @Test
    void theTokenIsWhatFollowsTheSchemeWithoutSurroundingSpace() {
        assertThat(BearerHeader.token("Bearer pms_abc")).isEqualTo("pms_abc");
        assertThat(BearerHeader.token("bearer   pms_abc  ")).isEqualTo("pms_abc");
    }
}
