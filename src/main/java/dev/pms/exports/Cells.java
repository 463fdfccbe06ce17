package dev.pms.exports;

import dev.pms.task.Priority;
import dev.pms.task.TaskStatus;

/** How exported cells read: the words our import maps back, and text a spreadsheet will not run as a formula. */
final class Cells {
    static final String[] HEADER = {"Title", "Description", "Status", "Priority", "Assignee", "Due Date", "Project"};

    private Cells() {
    }

    /** A cell that begins with = + - @ tab or CR gets a leading ' (OWASP's CSV injection advice); the import strips it again. */
    static String neutral(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String status(TaskStatus status) {
        return switch (status) {
            case BACKLOG -> "Backlog";
            case TODO -> "To Do";
            case IN_PROGRESS -> "In Progress";
            case IN_REVIEW -> "In Review";
            case DONE -> "Done";
        };
    }

    static String priority(Priority priority) {
        return switch (priority) {
            case NONE -> "None";
            case LOW -> "Low";
            case MEDIUM -> "Medium";
            case HIGH -> "High";
            case URGENT -> "Urgent";
        };
    }
}
