package dev.pms.platform.mail;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How PMS's emails are addressed; the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender address of every email
 */
@Validated
@ConfigurationProperties("pms.mail")
public record MailProperties(@NotBlank String from) {
}
