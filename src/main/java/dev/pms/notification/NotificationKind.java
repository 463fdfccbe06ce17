package dev.pms.notification;

/** Why someone is told about a task; {@code direct} kinds are addressed to the person, the others come from watching. */
public enum NotificationKind {
    ASSIGNED("assigned this task to you", true),
    MENTIONED("mentioned you in a comment", true),
    COMMENTED("commented", false),
    STATUS_CHANGED("changed the status", false),
    DUE_TOMORROW("Due tomorrow", true);

    private final String phrase;
    private final boolean direct;

    NotificationKind(String phrase, boolean direct) {
        this.phrase = phrase;
        this.direct = direct;
    }

    public boolean direct() {
        return direct;
    }

    /** Whether it points at a comment (the link then ends in #comment-id). */
    public boolean aboutComment() {
        return this == MENTIONED || this == COMMENTED;
    }

    /** In words, after the actor's name ("Ann mentioned you in a comment"); a reminder has no actor. */
    public String sentence(String actorName, String detail) {
        String said = this == DUE_TOMORROW ? phrase : (actorName == null ? "Someone" : actorName) + " " + phrase;
        return detail == null || detail.isEmpty() ? said : said + ": " + detail;
    }
}
