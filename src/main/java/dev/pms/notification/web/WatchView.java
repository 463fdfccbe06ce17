package dev.pms.notification.web;

import dev.pms.platform.web.page.Layout;

/** The Watch / Unwatch button of a task and how many watch it; {@code action} is where the button posts. */
public record WatchView(Layout.Csrf csrf, String action, boolean watching, int watchers) {

    public String people() {
        return watchers == 1 ? "1 person watching" : watchers + " people watching";
    }
}
