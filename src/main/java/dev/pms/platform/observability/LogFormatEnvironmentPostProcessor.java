package dev.pms.platform.observability;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Locale;
import java.util.Map;

/**
 * {@code PMS_LOG_FORMAT=json} (or {@code pms.log.format}) switches the console to Spring Boot's structured
 * logging in Elastic Common Schema; {@code logstash} and {@code gelf} pick those formats. It runs before the
 * logging system starts, and an explicit {@code logging.structured.format.console} still wins.
 */
public class LogFormatEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {
    static final String SETTING = "pms.log.format";
    static final String BOOT_SETTING = "logging.structured.format.console";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = structuredFormat(environment.getProperty(SETTING, "text"));
        if (format != null && !environment.containsProperty(BOOT_SETTING)) {
            environment.getPropertySources().addLast(new MapPropertySource("pmsLogFormat", Map.of(BOOT_SETTING, format)));
        }
    }

    static String structuredFormat(String setting) {
        return switch (setting.trim().toLowerCase(Locale.ROOT)) {
            case "json", "ecs" -> "ecs";
            case "logstash" -> "logstash";
            case "gelf" -> "gelf";
            case "", "text", "plain" -> null;
            default -> throw new IllegalStateException("PMS_LOG_FORMAT must be text, json, ecs, logstash or gelf, not '" + setting + "'");
        };
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
