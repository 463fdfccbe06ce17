package dev.pms.notification.web;

/** The header's link to the inbox with the unread count. */
public record BellView(long unread) {

    public String label() {
        return unread == 0 ? "Inbox, nothing unread" : "Inbox, " + unread + " unread";
    }

    public String count() {
        return unread > 99 ? "99+" : Long.toString(unread);
    }
}
