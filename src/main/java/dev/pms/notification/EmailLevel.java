package dev.pms.notification;

/** Which notifications a person also gets by email; their inbox has all of them whatever this says. */
public enum EmailLevel {
    ALL("Everything in my inbox"),
    DIRECT("Only mentions, assignments and due dates of my tasks"),
    NONE("No emails");

    private final String label;

    EmailLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean wants(NotificationKind kind) {
        return this == ALL || this == DIRECT && kind.direct();
    }
}
