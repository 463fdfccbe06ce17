package dev.pms.workspace;

/**
 * Who to invite, with which role; {@code siteUrl} is where PMS is reached (https://pms.example.com), for the
 * link in the email.
 */
public record CreateInviteCommand(String email, Role role, String siteUrl) {
}
