package dev.pms.project.api;

import dev.pms.project.Project;
import dev.pms.project.ProjectQueries;
import dev.pms.project.ProjectService;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/projects")
class ProjectApiController {
    private final ProjectService projects;
    private final ProjectQueries queries;

    ProjectApiController(ProjectService projects, ProjectQueries queries) {
        this.projects = projects;
        this.queries = queries;
    }

    /** {@code key}: the prefix of the project's task keys (WEB in WEB-12); derived from the name when absent. */
    record CreateProjectRequest(@NotBlank @Size(max = 200) String name,
                                @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
                                @Size(max = 10000) String description) {
    }

    /** A new {@code key} keeps the old one leading to the project's tasks. */
    record UpdateProjectRequest(@Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
                                @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
                                @Size(max = 10000) String description, Boolean archived) {
    }

    private static final String KEY = "[A-Za-z]{2,10}";
    private static final String KEY_MESSAGE = "must be 2 to 10 letters A to Z, like WEB";

    @PostMapping
    @RequiresPermission(Permission.PROJECT_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    Project create(WorkspaceAccess access, @Valid @RequestBody CreateProjectRequest body) {
        return projects.create(access, body.name(), body.key(), body.description());
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    List<Project> list(WorkspaceAccess access, @RequestParam(defaultValue = "false") boolean archived) {
        return queries.list(access, archived);
    }

    @GetMapping("/{projectId}")
    @RequiresPermission(Permission.READ)
    Project get(WorkspaceAccess access, @PathVariable UUID projectId) {
        return queries.get(access, projectId);
    }

    @PatchMapping("/{projectId}")
    @RequiresPermission(Permission.PROJECT_WRITE)
    Project update(WorkspaceAccess access, @PathVariable UUID projectId, @Valid @RequestBody UpdateProjectRequest body) {
        return projects.update(access, projectId,
                new ProjectService.UpdateProjectCommand(body.name(), body.key(), body.description(), body.archived()));
    }

    @DeleteMapping("/{projectId}")
    @RequiresPermission(Permission.PROJECT_DELETE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(WorkspaceAccess access, @PathVariable UUID projectId) {
        projects.delete(access, projectId);
    }
}
