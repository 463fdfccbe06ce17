package dev.pms.view.api;

import dev.pms.view.SavedView;
import dev.pms.view.ViewService;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Saved views: {@code query} is the task table's query string (the API's list takes the same parameters). */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/views")
class ViewApiController {
    private final ViewService views;

    ViewApiController(ViewService views) {
        this.views = views;
    }

    /** {@code shared}: false (a personal view) when absent. */
    record ViewRequest(@NotBlank @Size(max = 100) String name, @NotNull @Size(max = 4000) String query, Boolean shared) {
    }

    record UpdateViewRequest(@Size(min = 1, max = 100) String name, @Size(max = 4000) String query, Boolean shared) {
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    List<SavedView> list(WorkspaceAccess access) {
        return views.list(access);
    }

    @PostMapping
    @RequiresPermission(Permission.READ)
    @ResponseStatus(HttpStatus.CREATED)
    SavedView create(WorkspaceAccess access, @Valid @RequestBody ViewRequest body) {
        return views.create(access, body.name(), body.query(), Boolean.TRUE.equals(body.shared()));
    }

    @GetMapping("/{viewId}")
    @RequiresPermission(Permission.READ)
    SavedView get(WorkspaceAccess access, @PathVariable UUID viewId) {
        return views.get(access, viewId);
    }

    @PatchMapping("/{viewId}")
    @RequiresPermission(Permission.READ)
    SavedView update(WorkspaceAccess access, @PathVariable UUID viewId, @Valid @RequestBody UpdateViewRequest body) {
        return views.update(access, viewId, body.name(), body.query(), body.shared());
    }

    @DeleteMapping("/{viewId}")
    @RequiresPermission(Permission.READ)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(WorkspaceAccess access, @PathVariable UUID viewId) {
        views.delete(access, viewId);
    }
}
