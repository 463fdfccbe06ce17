package dev.pms.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * @param trustedProxies addresses or CIDR blocks of the reverse proxies in front of PMS ({@code PMS_TRUSTED_PROXIES});
 *                       empty: nobody's X-Forwarded-For is believed
 */
@ConfigurationProperties("pms")
record TrustedProxyProperties(List<String> trustedProxies) {
    TrustedProxyProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
