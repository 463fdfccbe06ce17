package dev.pms.activity.web;

import dev.pms.activity.ActivityItem;

/** What an entry says after its author's name: "moved the task from To do to Done". */
final class ActivitySentences {
    private ActivitySentences() {
    }

    static String of(ActivityItem e) {
        String said = switch (e.kind()) {
            case CREATED -> "created the task";
            case DELETED -> "deleted the task";
            case COMMENTED -> e.comment() == null ? "wrote a comment, since deleted" : "commented";
            case IMPORTED -> "created the task by the import of " + e.importFileName() + originals(e);
            case UNDONE -> "undid the import of " + e.importFileName();
            case MOVED -> e.field() == null ? "reordered the task in its column"
                    : "moved the task from " + e.oldLabel() + " to " + e.newLabel();
            case CHANGED -> changed(e);
            case LINKED -> "linked the task: " + linkWords(e.field()) + " " + e.newLabel();
            case UNLINKED -> "removed the link: " + linkWords(e.field()) + " " + e.oldLabel();
        };
        return "API".equals(e.via()) ? said + " through the API" : said;
    }

    /** The people the file named who were no members, by name: "(assignee in the file: Dana, not a member; reported by …)". */
    private static String originals(ActivityItem e) {
        java.util.List<String> said = new java.util.ArrayList<>();
        if (e.importOriginalAssignee() != null) {
            said.add("assignee in the file: " + e.importOriginalAssignee() + ", not a member");
        }
        if (e.importOriginalReporter() != null) {
            said.add("reported by " + e.importOriginalReporter() + ", not a member");
        }
        if (!e.importOriginalOthers().isEmpty()) {
            said.add("also named in the file: " + String.join(", ", e.importOriginalOthers())
                    + (e.importOriginalOthers().size() == 1 ? ", not a member" : ", not members"));
        }
        return said.isEmpty() ? "" : " (" + String.join("; ", said) + ")";
    }

    private static String linkWords(String kind) {
        return kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String changed(ActivityItem e) {
        return switch (e.field()) {
            case "TITLE" -> "renamed the task from “" + e.oldLabel() + "” to “" + e.newLabel() + "”";
            case "DESCRIPTION" -> "changed the description";
            case "ASSIGNEE" -> "changed the assignee from " + e.oldLabel() + " to " + e.newLabel();
            case "PRIORITY" -> "changed the priority from " + e.oldLabel() + " to " + e.newLabel();
            case "DUE_DATE" -> "changed the due date from " + e.oldLabel() + " to " + e.newLabel();
            case "PROJECT" -> "moved the task from the project " + e.oldLabel() + " to " + e.newLabel();
            case "PARENT" -> e.oldValue() == null ? "made the task a subtask of " + e.newLabel()
                    : e.newValue() == null ? "made the task no longer a subtask of " + e.oldLabel()
                    : "moved the task from under " + e.oldLabel() + " to under " + e.newLabel();
            default -> "changed the " + e.field().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
