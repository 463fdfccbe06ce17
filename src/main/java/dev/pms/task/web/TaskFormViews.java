package dev.pms.task.web;

import dev.pms.task.Task;
import dev.pms.task.TaskChanged;
import dev.pms.task.TaskFields;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Builds the task page's view for a new task, or for an existing one as stored or as just (wrongly) typed. */
@Component
class TaskFormViews {
    private final TaskDirectory directory;
    private final WorkspaceNav nav;

    TaskFormViews(TaskDirectory directory, WorkspaceNav nav) {
        this.directory = directory;
        this.nav = nav;
    }

    private static final String NO_PROJECT =
            "Tasks live in projects, and this workspace has no open project yet: create one on the Projects page first.";

    TaskFormView creating(WorkspaceAccess access, TaskForm form, String error) {
        TaskDirectory.Names names = directory.load(access);
        String base = WorkspaceNav.path(access.workspaceId(), "");
        List<Option> projects = names.openProjects();
        String shown = error == null && projects.isEmpty() ? NO_PROJECT : error;
        return new TaskFormView(nav.layout(access, "New task", WorkspaceNav.Section.TASKS), base + "/tasks", true, true,
                fields(form), null, projects, TaskDirectory.statuses(), TaskDirectory.priorities(), members(names),
                form.description(), null, null, null, base + "/tasks", shown, List.of());
    }

    TaskFormView existing(WorkspaceAccess access, Task task, TaskForm typed, String error) {
        return existing(access, task, typed, error, List.of());
    }

    /** The form as typed over {@code task} as saved now, with the saved value of each field in {@code conflicts} beside it. */
    TaskFormView existing(WorkspaceAccess access, Task task, TaskForm typed, String error, List<TaskChanged.Field> conflicts) {
        TaskDirectory.Names names = directory.load(access);
        String base = WorkspaceNav.path(access.workspaceId(), "");
        boolean editable = access.can(Permission.TASK_WRITE);
        boolean deletable = access.mayDeleteTask(task.createdBy());
        TaskForm shown = typed != null ? typed : new TaskForm(task.title(), task.description(), task.projectId(), task.status(),
                task.priority(), task.assigneeId(), task.dueDate(), task.version(), SeenFields.encode(TaskFields.of(task)), null);
        String created = "Created by " + names.member(task.createdBy()) + " on " + Labels.moment(task.createdAt());
        String updated = task.updatedBy() == null || task.version() == 0 ? null
                : "Last changed by " + names.member(task.updatedBy()) + " on " + Labels.moment(task.updatedAt());
        return new TaskFormView(nav.layout(access, task.title(), WorkspaceNav.Section.TASKS), base + "/tasks/" + task.id(),
                false, editable, fields(shown), TaskRow.of(task, names, base, false), names.allProjects(), TaskDirectory.statuses(),
                TaskDirectory.priorities(), members(names), shown.description(), created, updated,
                deletable ? base + "/tasks/" + task.id() + "/delete" : null, base + "/tasks?project=" + task.projectId(), error,
                conflicts.stream().map(f -> conflict(f, task, names)).toList());
    }

    private static TaskFormView.Conflict conflict(TaskChanged.Field field, Task task, TaskDirectory.Names names) {
        String label = switch (field) {
            case DUE_DATE -> "Due date";
            default -> field.name().charAt(0) + field.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        };
        String theirs = switch (field) {
            case PROJECT -> names.project(task.projectId());
            case STATUS -> task.status().label();
            case PRIORITY -> task.priority().label();
            case ASSIGNEE -> task.assigneeId() == null ? "Nobody" : names.member(task.assigneeId());
            case DUE_DATE -> task.dueDate() == null ? "None" : Labels.day(task.dueDate());
            default -> String.valueOf(TaskFields.of(task).get(field));
        };
        return new TaskFormView.Conflict(field.name(), label, theirs);
    }

    private static TaskFormView.Fields fields(TaskForm form) {
        return new TaskFormView.Fields(form.title(), form.description(), form.projectId() == null ? "" : form.projectId().toString(),
                form.status().name(), form.priority().name(), form.assigneeId() == null ? "" : form.assigneeId().toString(),
                form.dueDate() == null ? "" : form.dueDate().toString(), form.version() == null ? 0 : form.version(),
                form.seen() == null ? "" : form.seen());
    }

    private static List<Option> members(TaskDirectory.Names names) {
        List<Option> members = new ArrayList<>(List.of(new Option("", "Nobody")));
        members.addAll(names.memberOptions());
        return members;
    }
}
