package dev.pms.activity;

import dev.pms.project.Project;
import dev.pms.project.ProjectQueries;
import dev.pms.task.Priority;
import dev.pms.task.TaskChanged.Field;
import dev.pms.task.TaskStatus;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceQueries;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Names for the ids and words for the values of a page of entries: members, projects, statuses, dates. */
@Component
class ActivityLabels {
    private static final Set<String> FIELDS = java.util.Arrays.stream(Field.values()).map(Field::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final WorkspaceQueries workspaces;
    private final ProjectQueries projects;

    ActivityLabels(WorkspaceQueries workspaces, ProjectQueries projects) {
        this.workspaces = workspaces;
        this.projects = projects;
    }

    /** What the entries name, looked up once for the page. */
    record Names(Map<UUID, String> people, Map<UUID, String> projects) {
        String person(UUID id) {
            return id == null ? "Nobody" : people.getOrDefault(id, "A former member");
        }
    }

    Names of(WorkspaceAccess access, List<ActivityEntry> entries) {
        Set<UUID> people = new HashSet<>();
        boolean projectsNamed = false;
        for (ActivityEntry e : entries) {
            people.add(e.actorId());
            if (Field.ASSIGNEE.name().equals(e.field())) {
                addId(people, e.oldValue());
                addId(people, e.newValue());
            }
            projectsNamed |= Field.PROJECT.name().equals(e.field());
        }
        Map<UUID, String> projectNames = projectsNamed
                ? projects.list(access, true).stream().collect(Collectors.toMap(Project::id, Project::name, (a, b) -> a))
                : Map.of();
        return new Names(workspaces.memberNames(access, people), projectNames);
    }

    /** A stored value as people read it: "In progress", "High", "Nobody", "4 Jan 2027", a project's name. */
    static String label(String field, String value, Names names) {
        if (field == null) {
            return null;
        }
        if (!FIELDS.contains(field)) { // a link's kind: its value is the other task's key
            return value;
        }
        return switch (Field.valueOf(field)) {
            case STATUS -> value == null ? null : TaskStatus.valueOf(value).label();
            case PRIORITY -> value == null ? null : Priority.valueOf(value).label();
            case ASSIGNEE -> names.person(value == null ? null : UUID.fromString(value));
            case PROJECT -> value == null ? null : names.projects().getOrDefault(UUID.fromString(value), "a deleted project");
            case DUE_DATE -> value == null ? "None" : DAY.format(LocalDate.parse(value));
            case PARENT -> value == null ? "none" : value;
            case STATE -> value; // the state's name as it was then
            case TITLE, DESCRIPTION, POSITION -> value;
        };
    }

    private static void addId(Collection<UUID> ids, String value) {
        if (value != null) {
            ids.add(UUID.fromString(value));
        }
    }

}
