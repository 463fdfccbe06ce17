package dev.pms.platform.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrustedProxiesTests {

    @Test
    void withNoTrustedProxyTheHeaderIsIgnored() {
        TrustedProxies none = new TrustedProxies(List.of());
        assertThat(none.client("10.0.0.5", "203.0.113.9")).isEqualTo("10.0.0.5");
    }

    @Test
    void aTrustedProxyNamesTheRightMostUntrustedAddress() {
        TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8", " 192.168.1.1 "));
        assertThat(proxies.client("10.0.0.5", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(proxies.client("10.0.0.5", "1.2.3.4, 203.0.113.9, 192.168.1.1")).isEqualTo("203.0.113.9");
        assertThat(proxies.client("10.0.0.5", "[2001:db8::1]")).isEqualTo("2001:db8::1");
    }

    @Test
    void anUntrustedPeerOrAMangledHeaderKeepsTheSocketAddress() {
        TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8"));
        assertThat(proxies.client("203.0.113.50", "1.2.3.4")).isEqualTo("203.0.113.50");
        assertThat(proxies.client("10.0.0.5", "<script>")).isEqualTo("10.0.0.5");
        assertThat(proxies.client("10.0.0.5", null)).isEqualTo("10.0.0.5");
    }
}
