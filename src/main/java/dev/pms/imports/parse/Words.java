package dev.pms.imports.parse;

import dev.pms.task.Priority;
import dev.pms.task.TaskStatus;

import java.util.HashMap;
import java.util.Map;

/** Status and priority words of other tools, matched like headers (case and punctuation ignored). */
public final class Words {
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
        // the same words in the German, French and Spanish exports of the tools
        statuses(TaskStatus.TODO, "offen", "neu", "zuerledigen", "àfaire", "afaire", "ouvert", "nouveau", "porhacer",
                "pendiente", "abierto", "nuevo");
        statuses(TaskStatus.IN_PROGRESS, "inbearbeitung", "inarbeit", "encours", "enprogreso", "encurso");
        statuses(TaskStatus.IN_REVIEW, "inprüfung", "enrévision", "enrevision", "enrevisión");
        statuses(TaskStatus.DONE, "erledigt", "geschlossen", "fertig", "terminé", "termine", "fermé", "ferme", "fait",
                "hecho", "cerrado", "terminado", "completado");
        priorities(Priority.LOW, "niedrig", "basse", "faible", "baja");
        priorities(Priority.MEDIUM, "mittel", "normal", "moyenne", "normale", "media");
        priorities(Priority.HIGH, "hoch", "haute", "élevée", "elevee", "alta");
        priorities(Priority.URGENT, "dringend", "kritisch", "urgente", "critique", "crítica", "critica");
        priorities(Priority.NONE, "", "none", "nopriority", "unprioritized", "notset");
        priorities(Priority.LOW, "low", "lowest", "minor", "trivial", "p4", "p3");
        priorities(Priority.MEDIUM, "medium", "normal", "moderate", "major", "p2", "default");
        priorities(Priority.HIGH, "high", "important", "p1");
        priorities(Priority.URGENT, "urgent", "highest", "critical", "blocker", "immediate", "p0", "asap");
    }

    private Words() {
    }

    /** The status a word names, TODO for an empty cell, null for a word we do not know. */
    public static TaskStatus status(String value) {
        String key = Columns.normalize(value);
        return key.isEmpty() ? TaskStatus.TODO : STATUSES.get(key);
    }

    public static Priority priority(String value) {
        return PRIORITIES.get(Columns.normalize(value));
    }

    /**
     * The status proposed for a word we do not know (a tool's custom status such as "Ready for Deploy"), by the
     * words it contains; the preview shows the proposal and the user may change it.
     */
    public static TaskStatus proposeStatus(String value) {
        TaskStatus known = status(value);
        if (known != null) {
            return known;
        }
        String key = Columns.normalize(value);
        if (key.matches(".*(review|test|qa|verif|approv|readyfor).*")) {
            return TaskStatus.IN_REVIEW;
        }
        if (key.matches(".*(done|clos|resolv|complet|finish|deploy|releas|ship|cancel).*")) {
            return TaskStatus.DONE;
        }
        if (key.matches(".*(progress|doing|develop|work|start|block).*")) {
            return TaskStatus.IN_PROGRESS;
        }
        return key.matches(".*(backlog|idea|later|icebox).*") ? TaskStatus.BACKLOG : TaskStatus.TODO;
    }

    /** The priority proposed for a word we do not know: none, which the user may change in the preview. */
    public static Priority proposePriority(String value) {
        Priority known = priority(value);
        return known != null ? known : Priority.NONE;
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
