package dev.pms.task.api;

import dev.pms.task.BulkChange;
import dev.pms.task.Priority;
import dev.pms.task.TaskStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The body of a bulk edit: the tasks, and the change as a PATCH gives it (an absent field stays, an explicit null
 * clears the assignee or the due date), or {@code "delete": true}. A class with setters for the reason
 * {@link UpdateTaskRequest} gives.
 */
class BulkEditRequest {
    private List<UUID> taskIds;
    private boolean skipInvalid;
    private TaskStatus status;
    private Priority priority;
    private Optional<UUID> assigneeId;
    private Optional<LocalDate> dueDate;
    private List<UUID> addLabelIds;
    private List<UUID> removeLabelIds;
    private boolean delete;

    BulkChange toChange() {
        return new BulkChange(status, priority, assigneeId, dueDate, addLabelIds, removeLabelIds, delete);
    }

    List<UUID> taskIds() {
        return taskIds;
    }

    boolean skipInvalid() {
        return skipInvalid;
    }

    public void setTaskIds(List<UUID> taskIds) {
        this.taskIds = taskIds;
    }

    public void setSkipInvalid(boolean skipInvalid) {
        this.skipInvalid = skipInvalid;
    }

    public void setStatus(TaskStatus status) {
        this.status = status;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public void setAssigneeId(Optional<UUID> assigneeId) {
        this.assigneeId = assigneeId == null ? Optional.empty() : assigneeId;
    }

    public void setDueDate(Optional<LocalDate> dueDate) {
        this.dueDate = dueDate == null ? Optional.empty() : dueDate;
    }

    public void setAddLabelIds(List<UUID> addLabelIds) {
        this.addLabelIds = addLabelIds;
    }

    public void setRemoveLabelIds(List<UUID> removeLabelIds) {
        this.removeLabelIds = removeLabelIds;
    }

    public void setDelete(boolean delete) {
        this.delete = delete;
    }
}
