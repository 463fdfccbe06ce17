package dev.pms.task.api;

import dev.pms.task.UpdateTaskCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Optional;
import java.util.UUID;

/** A PATCH body: an absent field keeps its value, an explicit JSON null clears it ({@link TaskPatch} says how). */
class UpdateTaskRequest extends TaskPatch {
    @NotNull
    private Integer version;
    private UUID projectId;
    @Size(min = 1, max = 500)
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
    private String title;
    @Size(max = 100_000)
    private String description;
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

    /** A state of the task's project (of the project it moves to, with projectId); its category becomes the status. */
    public void setStateId(UUID stateId) {
        this.stateId = stateId;
    }

    public void setParentId(Optional<UUID> parentId) {
        this.parentId = clearable(parentId);
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
