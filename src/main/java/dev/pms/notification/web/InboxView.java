package dev.pms.notification.web;

import dev.pms.platform.web.page.Layout;

import java.util.List;

/** The inbox page: one page of notifications, newest first, the filter, and the link to older ones (null on the last page). */
public record InboxView(Layout layout, boolean unreadOnly, long unread, List<Item> items, String olderHref) {

    /** One notification as shown: {@code openHref} marks it read and goes to the task (and comment). */
    public record Item(String id, String sentence, String task, String workspace, String at, boolean unread, String openHref,
                       String readAction) {
    }
}
