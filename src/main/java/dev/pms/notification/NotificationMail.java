package dev.pms.notification;

import java.util.List;

/** The text of one batch's email: what happened to the task, newest last, its link and the unsubscribe link. */
final class NotificationMail {
    /** Lines listed before "and n more": an email about 50 changes stays readable. */
    static final int LISTED = 20;

    private NotificationMail() {
    }

    static String subject(Notification first, int count) {
        String title = oneLine(first.taskName());
        return count == 1 ? "[PMS] " + title + ": " + oneLine(first.sentence()) : "[PMS] " + title + ": " + count + " updates";
    }

    static String text(String recipientName, List<Notification> batch, String site, String unsubscribePath) {
        Notification first = batch.getFirst();
        StringBuilder text = new StringBuilder("Hello " + oneLine(recipientName) + ",\n\n");
        text.append("On the task ").append(oneLine(first.taskKey())).append(" \"").append(oneLine(first.taskTitle())).append("\" in ").append(oneLine(first.workspaceName())).append(":\n\n");
        batch.stream().limit(LISTED).forEach(n -> text.append("- ").append(oneLine(n.sentence())).append('\n'));
        if (batch.size() > LISTED) {
            text.append("- and ").append(batch.size() - LISTED).append(" more\n");
        }
        String link = batch.stream().filter(n -> n.kind().aboutComment()).findFirst().orElse(first).href();
        text.append("\nOpen the task: ").append(site).append(link).append('\n');
        text.append("\nYou get this email because you watch this task or it concerns you. Choose which emails you get at ")
                .append(site).append("/account/notifications, or stop them all: ").append(site).append(unsubscribePath).append('\n');
        return text.toString();
    }

    /** Control characters (a newline in a title) never reach a header or break a line. */
    private static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("\\p{Cntrl}", " ");
    }
}
