package dev.pms.task.api;

import dev.pms.task.BulkChange;

import java.util.List;
import java.util.UUID;

/**
 * The body of a bulk edit: the tasks, and the change as a PATCH gives it (an absent field stays, an explicit null
 * clears the assignee or the due date), or {@code "delete": true}; the fields it shares with a PATCH are in
 * {@link TaskPatch}.
 */
class BulkEditRequest extends TaskPatch {
    private List<UUID> taskIds;
    private boolean skipInvalid;
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
