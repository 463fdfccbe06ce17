package dev.pms.imports.parse;

import dev.pms.task.Priority;
import dev.pms.task.TaskStatus;

import java.util.HashMap;
import java.util.Map;

/** Status and priority words of other tools, matched like headers (case and punctuation ignored). */
final class Words {
    private static final Map<String, TaskStatus> STATUSES = new HashMap<>();
    private static final Map<String, Priority> PRIORITIES = new HashMap<>();

    static {
        statuses(TaskStatus.BACKLOG, "backlog", "icebox", "triage", "someday", "later", "parked", "ideas");
        statuses(TaskStatus.TODO, "todo", "open", "new", "notstarted", "planned", "ready", "reopened", "pending",
                "selectedfordevelopment", "unstarted", "next", "upnext", "onhold", "waiting");
        statuses(TaskStatus.IN_PROGRESS, "inprogress", "doing", "started", "active", "wip", "workinprogress",
                "indevelopment", "inwork", "working", "ongoing", "assigned", "blocked");
        statuses(TaskStatus.IN_REVIEW, "inreview", "review", "codereview", "readyforreview", "testing", "intesting",
                "qa", "inqa", "feedback", "verification", "awaitingapproval", "validating");
        statuses(TaskStatus.DONE, "done", "closed", "resolved", "complete", "completed", "finished", "fixed", "shipped",
                "released", "deployed", "canceled", "cancelled", "rejected", "duplicate", "wontdo", "wontfix", "archived");
        priorities(Priority.NONE, "", "none", "nopriority", "unprioritized", "notset");
        priorities(Priority.LOW, "low", "lowest", "minor", "trivial", "p4", "p3");
        priorities(Priority.MEDIUM, "medium", "normal", "moderate", "major", "p2", "default");
        priorities(Priority.HIGH, "high", "important", "p1");
        priorities(Priority.URGENT, "urgent", "highest", "critical", "blocker", "immediate", "p0", "asap");
    }

    private Words() {
    }

    /** The status a word names, TODO for an empty cell, null for a word we do not know. */
    static TaskStatus status(String value) {
        String key = Columns.normalize(value);
        return key.isEmpty() ? TaskStatus.TODO : STATUSES.get(key);
    }

    static Priority priority(String value) {
        return PRIORITIES.get(Columns.normalize(value));
    }

    /** Whether a "completed" cell says the task is done: any date or yes-word, not empty, no, false or 0. */
    static boolean completed(String value) {
        String key = Columns.normalize(value);
        return !key.isEmpty() && !key.equals("no") && !key.equals("false") && !key.equals("0") && !key.equals("n");
    }

    private static void statuses(TaskStatus status, String... words) {
        for (String word : words) {
            STATUSES.put(word, status);
        }
    }

    private static void priorities(Priority priority, String... words) {
        for (String word : words) {
            PRIORITIES.put(word, priority);
        }
    }
}
