package dev.pms.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Notifications and their emails.
 *
 * @param emailWindow       how long the changes to one task gather before their email goes to one person
 * @param siteUrl           where people reach PMS (https://pms.example.com), for the links in emails
 * @param dueReminderCron   when the daily "due tomorrow" reminders are written (one node does it)
 */
@Validated
@ConfigurationProperties("pms.notifications")
public record NotificationProperties(@NotNull Duration emailWindow, @NotBlank String siteUrl, @NotBlank String dueReminderCron) {

    /** The site URL without a trailing slash, to put paths after. */
    String site() {
        return siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }
}
