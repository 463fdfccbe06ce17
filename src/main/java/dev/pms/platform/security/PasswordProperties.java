package dev.pms.platform.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Password hashing. Defaults live in application.properties.
 *
 * @param strength the BCrypt cost (log2 of its rounds); each step doubles the time of a sign-up and a sign-in.
 *                 The tests lower it, since they sign up thousands of people.
 */
@Validated
@ConfigurationProperties("pms.password")
record PasswordProperties(@Min(4) @Max(31) int strength) {
}
