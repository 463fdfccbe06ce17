package dev.pms.imports;

import dev.pms.imports.parse.Columns;
import dev.pms.imports.parse.RowMapping;
import dev.pms.platform.web.ProblemException;
import dev.pms.project.Project;
import dev.pms.project.ProjectQueries;
import dev.pms.project.ProjectService;
import dev.pms.task.Priority;
import dev.pms.task.TaskStatus;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceQueries;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns the user's choices into the mapping an import runs with. At confirmation every previewed value gets a
 * checked choice (the proposal where the user made none); in the import's transaction the projects to be
 * created are created, so that they exist exactly when the import commits.
 */
@Component
class MappingResolver {
    private final ProjectQueries projects;
    private final ProjectService projectService;
    private final WorkspaceQueries workspaces;

    MappingResolver(ProjectQueries projects, ProjectService projectService, WorkspaceQueries workspaces) {
        this.projects = projects;
        this.projectService = projectService;
        this.workspaces = workspaces;
    }

    /** The proposals of {@code preview}, overridden by {@code chosen}, each choice checked; refused with a 400 or 403. */
    ImportMapping complete(WorkspaceAccess access, ImportPreview preview, ImportMapping chosen, UUID defaultProject) {
        Map<String, Map<String, String>> merged = new HashMap<>();
        for (ImportPreview.Values values : preview.values()) {
            Map<String, String> choices = new LinkedHashMap<>();
            values.values().forEach(v -> choices.put(v.value(), v.proposal()));
            merged.put(values.field(), choices);
        }
        overlay(merged, "PROJECT", chosen.projects());
        overlay(merged, "ASSIGNEE", chosen.people());
        overlay(merged, "STATUS", chosen.statuses());
        overlay(merged, "PRIORITY", chosen.priorities());
        merged.getOrDefault("PROJECT", Map.of()).forEach((value, choice) -> checkProject(access, value, choice, defaultProject));
        merged.getOrDefault("ASSIGNEE", Map.of()).forEach((value, choice) -> checkPerson(access, value, choice));
        merged.getOrDefault("STATUS", new HashMap<>()).replaceAll((value, choice) -> word(TaskStatus.class, value, choice).name());
        merged.getOrDefault("PRIORITY", new HashMap<>()).replaceAll((value, choice) -> word(Priority.class, value, choice).name());
        return new ImportMapping(defaultProject, dateOrder(preview, chosen.dateOrder()), merged.get("PROJECT"), merged.get("ASSIGNEE"),
                merged.get("STATUS"), merged.get("PRIORITY"), closedRows(chosen.closedRows()),
                privateRows(chosen.privateRows()));
    }

    /** Resolves a confirmed mapping to ids, creating its new projects in the caller's (the import's) transaction. */
    RowMapping resolve(WorkspaceAccess access, ImportMapping mapping) {
        Map<String, Project> byName = new HashMap<>();
        projects.list(access, true).forEach(p -> byName.put(RowMapping.key(p.name()), p));
        Map<String, UUID> projectIds = new HashMap<>();
        mapping.projects().forEach((value, choice) -> projectIds.put(RowMapping.key(value), switch (choice) {
            case ImportMapping.DEFAULT -> RowMapping.DEFAULT_PROJECT;
            case ImportMapping.NEW -> byName.computeIfAbsent(RowMapping.key(value),
                    k -> projectService.create(access, value.strip(), "Created by an import")).id();
            default -> UUID.fromString(choice);
        }));
        Map<String, UUID> people = new HashMap<>();
        mapping.people().forEach((value, choice) -> people.put(RowMapping.key(value), switch (choice) {
            case ImportMapping.UNASSIGNED -> RowMapping.UNASSIGNED;
            case ImportMapping.REJECT -> RowMapping.REJECTED;
            default -> UUID.fromString(choice);
        }));
        return new RowMapping(projectIds, people, words(mapping.statuses(), TaskStatus::valueOf), words(mapping.priorities(), Priority::valueOf));
    }

    private static <T> Map<String, T> words(Map<String, String> choices, Function<String, T> parse) {
        Map<String, T> out = new HashMap<>();
        choices.forEach((word, choice) -> out.put(Columns.normalize(word), parse.apply(choice)));
        return out;
    }

    private static void overlay(Map<String, Map<String, String>> merged, String field, Map<String, String> chosen) {
        Map<String, String> target = merged.get(field);
        chosen.forEach((value, choice) -> {
            if (target == null || !target.containsKey(value)) {
                throw ProblemException.invalid(field.toLowerCase(Locale.ROOT), "'" + shorten(value) + "' is no value of this column in the file");
            }
            target.put(value, choice == null ? "" : choice.strip());
        });
    }

    private void checkProject(WorkspaceAccess access, String value, String choice, UUID defaultProject) {
        switch (choice) {
            case ImportMapping.NEW -> {
                if (!access.can(Permission.PROJECT_WRITE)) {
                    throw ProblemException.forbidden("Your role may not create projects: map '" + shorten(value)
                            + "' to an existing project or to the default project.");
                }
            }
            case ImportMapping.DEFAULT -> {
                if (defaultProject == null) {
                    throw ProblemException.invalid("defaultProjectId", "choose the default project that '" + shorten(value) + "' goes to");
                }
            }
            default -> projects.requireOpen(access, uuid("projects", value, choice));
        }
    }

    private void checkPerson(WorkspaceAccess access, String value, String choice) {
        if (!choice.equals(ImportMapping.UNASSIGNED) && !choice.equals(ImportMapping.REJECT)
                && !workspaces.isMember(access, uuid("people", value, choice))) {
            throw ProblemException.invalid("people", "'" + shorten(value) + "' is mapped to someone who is no member of this workspace");
        }
    }

    private static UUID uuid(String field, String value, String choice) {
        try {
            return UUID.fromString(choice);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "the choice for '" + shorten(value) + "' is not one we know");
        }
    }

    private static <E extends Enum<E>> E word(Class<E> type, String value, String choice) {
        try {
            return Enum.valueOf(type, choice.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(type.getSimpleName().equals("TaskStatus") ? "statuses" : "priorities",
                    "'" + shorten(value) + "' is mapped to '" + shorten(choice) + "', which is not one of ours");
        }
    }

    private static String closedRows(String chosen) {
        String choice = chosen == null || chosen.isBlank() ? ImportMapping.DONE : chosen.strip().toUpperCase(Locale.ROOT);
        if (!choice.equals(ImportMapping.DONE) && !choice.equals(ImportMapping.SKIP)) {
            throw ProblemException.invalid("closedRows", "must be DONE (import archived or closed rows as done tasks) or SKIP (leave them out)");
        }
        return choice;
    }

    private static String privateRows(String chosen) {
        String choice = chosen == null || chosen.isBlank() ? ImportMapping.IMPORT : chosen.strip().toUpperCase(Locale.ROOT);
        if (!choice.equals(ImportMapping.IMPORT) && !choice.equals(ImportMapping.SKIP)) {
            throw ProblemException.invalid("privateRows", "must be IMPORT (import private rows as tasks) or SKIP (leave them out)");
        }
        return choice;
    }

    private static String dateOrder(ImportPreview preview, String chosen) {
        if (chosen != null && !chosen.isBlank()) {
            String order = chosen.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            if (!order.equals("DAY_FIRST") && !order.equals("MONTH_FIRST")) {
                throw ProblemException.invalid("dateOrder", "must be DAY_FIRST or MONTH_FIRST");
            }
            return order;
        }
        if ("AMBIGUOUS".equals(preview.dateOrder())) {
            throw ProblemException.invalid("dateOrder", "every date of the file could be day first or month first "
                    + "(like 03/04/2027): choose DAY_FIRST or MONTH_FIRST");
        }
        return preview.dateOrder();
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
