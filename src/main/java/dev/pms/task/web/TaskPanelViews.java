package dev.pms.task.web;

import dev.pms.platform.web.page.Layout;
import dev.pms.task.ProjectStates;
import dev.pms.task.Task;
import dev.pms.task.web.TaskPanelView.FieldView;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds the task panel and its fields from a stored task. */
@Component
class TaskPanelViews {
    static final List<String> FIELDS = List.of("title", "stateId", "status", "priority", "assigneeId", "dueDate", "projectId", "description");
    private final TaskDirectory directory;
    private final WorkspaceNav nav;
    private final ProjectStates states;

    TaskPanelViews(TaskDirectory directory, WorkspaceNav nav, ProjectStates states) {
        this.directory = directory;
        this.nav = nav;
        this.states = states;
    }

    /** The panel; with the workspace's frame around it when it is a page of its own. */
    TaskPanelView panel(WorkspaceAccess access, Task task, boolean alone) {
        TaskDirectory.Names names = directory.load(access);
        String base = WorkspaceNav.path(access.workspaceId(), "");
        String href = base + "/tasks/" + task.id();
        boolean editable = access.can(Permission.TASK_WRITE);
        List<FieldView> fields = new ArrayList<>();
        if (editable) {
            List<Option> choices = stateOptions(access, task);
            FIELDS.forEach(name -> fields.add(field(name, task, names, choices, href + "/field", null, null)));
        }
        String created = "Created by " + names.member(task.createdBy()) + " on " + Labels.moment(task.createdAt());
        String updated = task.updatedBy() == null || task.version() == 0 ? null
                : "Last changed by " + names.member(task.updatedBy()) + " on " + Labels.moment(task.updatedAt());
        Layout layout = nav.layout(access, task.key() + " " + task.title(), WorkspaceNav.Section.TASKS);
        return new TaskPanelView(alone ? layout : null, layout.csrf(), task.id().toString(),
                task.title(), created, updated, editable, task.version(), fields, TaskRow.of(task, names, base, false),
                task.description(), href, access.mayDeleteTask(task.createdBy()) ? href + "/delete" : null,
                base + "/tasks?project=" + task.projectId());
    }

    /** One field as stored now, or with what was typed ({@code typed} non-null), in a state with its message. */
    FieldView field(WorkspaceAccess access, Task task, String name, String typed, String state, String message) {
        String action = WorkspaceNav.path(access.workspaceId(), "/tasks/" + task.id() + "/field");
        FieldView stored = field(name, task, directory.load(access), stateOptions(access, task), action, state, message);
        return typed == null ? stored : new FieldView(name, stored.label(), stored.kind(), typed, stored.options(), action, state, message,
                stored.value());
    }

    /** The states of the task's project, to pick one; none for a field other than the state. */
    private List<Option> stateOptions(WorkspaceAccess access, Task task) {
        return states.of(access, task.projectId()).stream().map(s -> new Option(s.id().toString(), s.name())).toList();
    }

    private static FieldView field(String name, Task task, TaskDirectory.Names names, List<Option> stateOptions, String action,
                                   String state, String message) {
        return switch (name) {
            case "title" -> new FieldView(name, "Title", "text", task.title(), List.of(), action, state, message);
            case "stateId" -> new FieldView(name, "State", "select", Objects.toString(task.stateId(), ""), stateOptions, action, state, message);
            case "status" -> new FieldView(name, "Status", "select", task.status().name(), TaskDirectory.statuses(), action, state, message);
            case "priority" -> new FieldView(name, "Priority", "select", task.priority().name(), TaskDirectory.priorities(), action, state, message);
            case "assigneeId" -> new FieldView(name, "Assignee", "select", Objects.toString(task.assigneeId(), ""), members(names), action, state, message);
            case "dueDate" -> new FieldView(name, "Due date", "date", Objects.toString(task.dueDate(), ""), List.of(), action, state, message);
            case "projectId" -> new FieldView(name, "Project", "select", task.projectId().toString(), names.allProjects(), action, state, message);
            default -> new FieldView(name, "Description", "textarea", task.description(), List.of(), action, state, message);
        };
    }

    private static List<Option> members(TaskDirectory.Names names) {
        List<Option> members = new ArrayList<>(List.of(new Option("", "Nobody")));
        members.addAll(names.memberOptions());
        return members;
    }
}
