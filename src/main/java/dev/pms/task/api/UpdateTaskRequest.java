package dev.pms.task.api;

import dev.pms.task.Priority;
import dev.pms.task.TaskStatus;
import dev.pms.task.UpdateTaskCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A PATCH body. A class with setters rather than a record, because a record cannot tell an absent field
 * (keep the value) from an explicit JSON null (clear it): here an absent field's setter is never called.
 */
class UpdateTaskRequest {
    @NotNull
    private Integer version;
    private UUID projectId;
    @Size(min = 1, max = 500)
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
    private String title;
    @Size(max = 100_000)
    private String description;
    private TaskStatus status;
    private Priority priority;
    private Optional<UUID> assigneeId;
    private Optional<LocalDate> dueDate;
    private UUID stateId;
    private Optional<UUID> parentId;

    UpdateTaskCommand toCommand() {
        return new UpdateTaskCommand(version, projectId, title, description, status, priority, assigneeId, dueDate, stateId, parentId);
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public void setProjectId(UUID projectId) {
        this.projectId = projectId;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public void setStatus(TaskStatus status) {
        this.status = status;
    }

    /** A state of the task's project (of the project it moves to, with projectId); its category becomes the status. */
    public void setStateId(UUID stateId) {
        this.stateId = stateId;
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

    public void setParentId(Optional<UUID> parentId) {
        this.parentId = parentId == null ? Optional.empty() : parentId;
    }

    public Integer getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }
}
