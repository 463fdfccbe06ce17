package dev.pms.task.web;

import dev.pms.task.LabelStyles;

import dev.pms.project.Project;
import dev.pms.project.ProjectQueries;
import dev.pms.task.Priority;
import dev.pms.task.Task;
import dev.pms.task.TaskStatus;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceQueries;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Names for the ids on task pages: members (assignees, authors) and projects, loaded once per request. A page
 * with pickers loads every member; a row, a card or a list names only the people of its tasks.
 */
@Component
class TaskDirectory {
    private final WorkspaceQueries workspaces;
    private final ProjectQueries projects;
    private final LabelStyles labelStyles;

    TaskDirectory(WorkspaceQueries workspaces, ProjectQueries projects, LabelStyles labelStyles) {
        this.workspaces = workspaces;
        this.projects = projects;
        this.labelStyles = labelStyles;
    }

    /** The members and projects of one workspace, by id, in the order people read them, and its labels' classes by name. */
    record Names(Map<UUID, String> members, Map<UUID, Project> projects, List<LabelStyles.Style> labelStyles) {

        Names(Map<UUID, String> members, Map<UUID, Project> projects) {
            this(members, projects, List.of());
        }

        /** The task's labels as options: the palette class to paint it and the name to read. */
        List<Option> labels(Task task) {
            return task.labels().stream().map(name -> new Option(labelStyles.stream().filter(s -> s.name().equals(name))
                    .map(LabelStyles.Style::cssClass).findFirst().orElse("label-grey"), name)).toList();
        }

        /** The workspace's labels for a filter: id and name. */
        List<Option> labelOptions() {
            return labelStyles.stream().map(s -> new Option(s.id().toString(), s.name())).toList();
        }

        String member(UUID id) {
            return id == null ? null : members.getOrDefault(id, "a former member");
        }

        String project(UUID id) {
            Project project = projects.get(id);
            return project == null ? "" : project.name();
        }

        List<Option> memberOptions() {
            return members.entrySet().stream().map(e -> new Option(e.getKey().toString(), e.getValue())).toList();
        }

        List<Option> openProjects() {
            return projects.values().stream().filter(p -> !p.archived())
                    .map(p -> new Option(p.id().toString(), p.name())).toList();
        }

        List<Option> allProjects() {
            return projects.values().stream()
                    .map(p -> new Option(p.id().toString(), p.archived() ? p.name() + " (archived)" : p.name())).toList();
        }
    }

    /** Every member and project: for pages whose pickers list them all. */
    Names load(WorkspaceAccess access) {
        Map<UUID, String> members = new LinkedHashMap<>();
        workspaces.allMembers(access).forEach(m -> members.put(m.userId(), m.name()));
        return new Names(members, projects(access), labelStyles.labels(access));
    }

    /** The projects, and the members these tasks are assigned to. */
    Names of(WorkspaceAccess access, Collection<Task> tasks) {
        Set<UUID> assignees = tasks.stream().map(Task::assigneeId).filter(Objects::nonNull).collect(Collectors.toSet());
        return new Names(workspaces.memberNames(access, assignees), projects(access), labelStyles.labels(access));
    }

    private Map<UUID, Project> projects(WorkspaceAccess access) {
        Map<UUID, Project> byId = new LinkedHashMap<>();
        projects.list(access, true).forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    private static final List<Option> STATUSES = Arrays.stream(TaskStatus.values())
            .map(status -> new Option(status.name(), status.label())).toList();

    static List<Option> statuses() {
        return STATUSES;
    }

    static List<Option> priorities() {
        List<Option> options = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            options.add(new Option(priority.name(), priority.label()));
        }
        return options;
    }
}
