package dev.pms.relation.api;

import dev.pms.relation.LinkKind;
import dev.pms.relation.TaskLink;
import dev.pms.relation.TaskLinkService;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The links of a task, each answered with all its links as seen from it. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/tasks/{taskId}/links")
class TaskLinkApiController {
    private final TaskLinkService links;

    TaskLinkApiController(TaskLinkService links) {
        this.links = links;
    }

    /** {@code kind}: "blocks", "blocked by" or "relates to", read from the task of the path to {@code taskId}. */
    record LinkRequest(@NotBlank String kind, @NotNull UUID taskId) {
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    List<TaskLink> list(WorkspaceAccess access, @PathVariable UUID taskId) {
        return links.links(access, taskId);
    }

    @PostMapping
    @RequiresPermission(Permission.TASK_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    List<TaskLink> add(WorkspaceAccess access, @PathVariable UUID taskId, @Valid @RequestBody LinkRequest body) {
        return links.add(access, taskId, LinkKind.parse(body.kind()), body.taskId());
    }

    @DeleteMapping
    @RequiresPermission(Permission.TASK_WRITE)
    List<TaskLink> remove(WorkspaceAccess access, @PathVariable UUID taskId,
                          @Parameter(description = "blocks, blocked by or relates to") @RequestParam String kind,
                          @Parameter(description = "the other task") @RequestParam("task") UUID otherId) {
        return links.remove(access, taskId, LinkKind.parse(kind), otherId);
    }
}
