package dev.pms.workspace;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Invites by email.
 *
 * @param lifetime how long an invite works after it is made (it also stops working once used)
 */
@Validated
@ConfigurationProperties("pms.invite")
public record InviteProperties(@NotNull Duration lifetime) {
}
