package dev.pms.imports.web;

import dev.pms.imports.ImportMapping;
import dev.pms.imports.ImportPreview;
import dev.pms.project.Project;
import dev.pms.task.Priority;
import dev.pms.task.TaskStatus;
import dev.pms.workspace.Member;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The preview of an upload as a form: what was detected, the first rows, and one choice per distinct value
 * (the first {@link #LISTED} of each column; the others keep their proposals). Field names carry the column
 * and the value ("map.PROJECT.Planning"), which the confirm handler reads back.
 */
public record ImportPreviewView(String confirmAction, String discardAction, ImportPreview preview, List<Choice> dateOrders,
                                List<Choice> defaultProjects, List<Mapping> mappings, List<Choice> closedRows,
                                List<Choice> privateRows) {
    static final int LISTED = 200;

    public record Choice(String value, String label, boolean selected) {
    }

    /** One value of a column, the rows that hold it, and its choices. */
    public record Mapping(String field, String header, String value, long count, String name, List<Choice> choices) {
    }

    static ImportPreviewView of(ImportPreview preview, String confirmAction, String discardAction, List<Project> projects,
                                List<Member> members, UUID defaultProject) {
        List<Choice> orders = preview.dateOrder() == null ? List.of() : List.of(
                new Choice("", "Choose how 03/04/2027 reads", "AMBIGUOUS".equals(preview.dateOrder())),
                new Choice("DAY_FIRST", "Day first (03/04/2027 is 3 April)", "DAY_FIRST".equals(preview.dateOrder())),
                new Choice("MONTH_FIRST", "Month first (03/04/2027 is March 4)", "MONTH_FIRST".equals(preview.dateOrder())));
        List<Choice> defaults = new ArrayList<>();
        defaults.add(new Choice("", "None", defaultProject == null));
        projects.forEach(p -> defaults.add(new Choice(p.id().toString(), p.name(), p.id().equals(defaultProject))));
        List<Mapping> mappings = new ArrayList<>();
        for (ImportPreview.Values values : preview.values()) {
            values.values().stream().limit(LISTED).forEach(v -> mappings.add(new Mapping(values.field(), values.header(), v.value(),
                    v.count(), "map." + values.field() + "." + v.value(), choices(values.field(), v, projects, members))));
        }
        List<Choice> closed = preview.closedColumn() == null ? List.of() : List.of(
                new Choice(ImportMapping.DONE, "Import them as done tasks", true),
                new Choice(ImportMapping.SKIP, "Leave them out", false));
        List<Choice> hidden = preview.privateColumn() == null ? List.of() : List.of(
                new Choice(ImportMapping.IMPORT, "Import them", true),
                new Choice(ImportMapping.SKIP, "Leave them out", false));
        return new ImportPreviewView(confirmAction, discardAction, preview, orders, defaults, mappings, closed, hidden);
    }

    private static List<Choice> choices(String field, ImportPreview.Value v, List<Project> projects, List<Member> members) {
        List<Choice> all = new ArrayList<>();
        switch (field) {
            case "PROJECT" -> {
                all.add(choice(ImportMapping.NEW, "New project “" + v.value() + "”", v));
                all.add(choice(ImportMapping.DEFAULT, "The default project", v));
                projects.forEach(p -> all.add(choice(p.id().toString(), p.name(), v)));
            }
            case "ASSIGNEE" -> {
                all.add(choice(ImportMapping.UNASSIGNED, "Unassigned (keep the name “" + v.value() + "”)", v));
                all.add(choice(ImportMapping.REJECT, "Reject these rows", v));
                members.forEach(m -> all.add(choice(m.userId().toString(), m.name() + " <" + m.email() + ">", v)));
            }
            case "STATUS" -> {
                for (TaskStatus s : TaskStatus.values()) {
                    all.add(choice(s.name(), words(s.name()), v));
                }
            }
            default -> {
                for (Priority p : Priority.values()) {
                    all.add(choice(p.name(), words(p.name()), v));
                }
            }
        }
        return all;
    }

    private static Choice choice(String value, String label, ImportPreview.Value v) {
        return new Choice(value, label, value.equals(v.proposal()));
    }

    private static String words(String name) {
        String lower = name.equals("TODO") ? "to do" : name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    public String fieldLabel(String field) {
        return switch (field) {
            case "PROJECT" -> "Project";
            case "ASSIGNEE" -> "Person";
            case "STATUS" -> "Status";
            default -> "Priority";
        };
    }

    public String ignoredColumns() {
        return String.join(", ", preview.columns().stream().filter(c -> c.field() == null).map(ImportPreview.Column::header).toList());
    }
}
