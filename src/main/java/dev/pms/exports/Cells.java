package dev.pms.exports;

import dev.pms.task.Priority;
import dev.pms.task.TaskStatus;

/** How exported cells read: the words our import maps back (text cells go through SpreadsheetText.neutral). */
final class Cells {
    static final String[] HEADER = {"Title", "Description", "Status", "Priority", "Assignee", "Due Date", "Project"};

    private Cells() {
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
