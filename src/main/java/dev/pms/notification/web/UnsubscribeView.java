package dev.pms.notification.web;

import dev.pms.platform.web.page.Layout;

/**
 * The page an email's unsubscribe link opens, without signing in: a button that confirms (a mail scanner that
 * follows the link changes nothing), then the result. {@code valid} is false for a link that is not good.
 */
public record UnsubscribeView(Layout layout, String user, String tag, boolean valid, boolean done) {
}
