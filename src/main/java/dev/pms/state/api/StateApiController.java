package dev.pms.state.api;

import dev.pms.state.ProjectState;
import dev.pms.state.StateService;
import dev.pms.task.TaskStatus;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/projects/{projectId}/states")
class StateApiController {
    private final StateService states;

    StateApiController(StateService states) {
        this.states = states;
    }

    record StateRequest(@NotBlank @Size(max = 50) String name, @NotNull TaskStatus category) {
    }

    record RenameRequest(@NotBlank @Size(max = 50) String name) {
    }

    /** Every state of the project, in the order the board shows them from now on. */
    record OrderRequest(@NotEmpty @Size(max = 200) List<@NotNull UUID> stateIds) {
    }

    record RemovedResponse(int movedTasks) {
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    List<ProjectState> list(WorkspaceAccess access, @PathVariable UUID projectId) {
        return states.list(access, projectId);
    }

    @PostMapping
    @RequiresPermission(Permission.PROJECT_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    ProjectState add(WorkspaceAccess access, @PathVariable UUID projectId, @Valid @RequestBody StateRequest body) {
        return states.add(access, projectId, body.name(), body.category());
    }

    @PatchMapping("/{stateId}")
    @RequiresPermission(Permission.PROJECT_WRITE)
    ProjectState rename(WorkspaceAccess access, @PathVariable UUID projectId, @PathVariable UUID stateId,
                        @Valid @RequestBody RenameRequest body) {
        return states.rename(access, projectId, stateId, body.name());
    }

    @PutMapping("/order")
    @RequiresPermission(Permission.PROJECT_WRITE)
    List<ProjectState> reorder(WorkspaceAccess access, @PathVariable UUID projectId, @Valid @RequestBody OrderRequest body) {
        return states.reorder(access, projectId, body.stateIds());
    }

    /** Removes a state; its tasks go to {@code moveTo}, another state of its category (by default the first one). */
    @DeleteMapping("/{stateId}")
    @RequiresPermission(Permission.PROJECT_WRITE)
    RemovedResponse remove(WorkspaceAccess access, @PathVariable UUID projectId, @PathVariable UUID stateId,
                           @RequestParam(required = false) UUID moveTo) {
        return new RemovedResponse(states.remove(access, projectId, stateId, moveTo));
    }
}
