package dev.pms.label.api;

import dev.pms.label.Label;
import dev.pms.label.LabelColour;
import dev.pms.label.LabelQueries;
import dev.pms.label.LabelService;
import dev.pms.task.Task;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
class LabelApiController {
    private final LabelService labels;
    private final LabelQueries queries;

    LabelApiController(LabelService labels, LabelQueries queries) {
        this.labels = labels;
        this.queries = queries;
    }

    /** {@code colour}: one of the palette's names (GREY when absent). */
    record LabelRequest(@NotBlank @Size(max = 50) String name, LabelColour colour) {
    }

    record UpdateLabelRequest(@Size(min = 1, max = 50) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
                              LabelColour colour) {
    }

    /** The task's labels from now on: all of them, an empty list removes every one. */
    record TaskLabelsRequest(@NotNull @Size(max = 100) List<@NotNull UUID> labelIds) {
    }

    @GetMapping("/labels")
    @RequiresPermission(Permission.READ)
    List<Label> list(WorkspaceAccess access) {
        return queries.list(access);
    }

    @PostMapping("/labels")
    @RequiresPermission(Permission.PROJECT_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    Label create(WorkspaceAccess access, @Valid @RequestBody LabelRequest body) {
        return labels.create(access, body.name(), body.colour());
    }

    @GetMapping("/labels/{labelId}")
    @RequiresPermission(Permission.READ)
    Label get(WorkspaceAccess access, @PathVariable UUID labelId) {
        return queries.get(access, labelId);
    }

    @PatchMapping("/labels/{labelId}")
    @RequiresPermission(Permission.PROJECT_WRITE)
    Label update(WorkspaceAccess access, @PathVariable UUID labelId, @Valid @RequestBody UpdateLabelRequest body) {
        return labels.update(access, labelId, body.name(), body.colour());
    }

    @DeleteMapping("/labels/{labelId}")
    @RequiresPermission(Permission.PROJECT_WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(WorkspaceAccess access, @PathVariable UUID labelId) {
        labels.delete(access, labelId);
    }

    @PutMapping("/tasks/{taskId}/labels")
    @RequiresPermission(Permission.TASK_WRITE)
    Task setTaskLabels(WorkspaceAccess access, @PathVariable UUID taskId, @Valid @RequestBody TaskLabelsRequest body) {
        return labels.setTaskLabels(access, taskId, body.labelIds());
    }
}
