package dev.pms.platform.mail;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code PMS_SMTP_URL} (or {@code pms.smtp-url}), such as {@code smtp://user:secret@mail.example.com:587} or
 * {@code smtps://...:465}, sets Spring Boot's {@code spring.mail.*} in one variable; any spring.mail setting given
 * as well still wins. An address that is not an SMTP URL stops the start with a message, not a silent lack of email.
 */
public class SmtpUrlEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {
    static final String SETTING = "pms.smtp-url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty(SETTING, "");
        if (!url.isBlank()) {
            environment.getPropertySources().addLast(new MapPropertySource("pmsSmtpUrl", mailProperties(url.trim())));
        }
    }

    static Map<String, Object> mailProperties(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("smtp") && !scheme.equals("smtps") || uri.getHost() == null) {
            throw invalid();
        }
        Map<String, Object> mail = new HashMap<>();
        mail.put("spring.mail.host", uri.getHost());
        mail.put("spring.mail.port", uri.getPort() > 0 ? uri.getPort() : scheme.equals("smtps") ? 465 : 587);
        mail.put("spring.mail.protocol", scheme);
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            mail.put("spring.mail.username", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                mail.put("spring.mail.password", decode(userInfo.substring(colon + 1)));
            }
        }
        return mail;
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    private static IllegalStateException invalid() {
        return new IllegalStateException("PMS_SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465");
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
