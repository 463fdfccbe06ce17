package dev.pms.imports;

import dev.pms.imports.parse.Columns;
import dev.pms.imports.parse.Columns.Field;
import dev.pms.imports.parse.DueDates;
import dev.pms.imports.parse.Lookups;
import dev.pms.imports.parse.RowMapping;
import dev.pms.imports.parse.RowSource;
import dev.pms.imports.parse.Words;
import dev.pms.project.Project;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the preview proposes for each value: an existing project by name, else a new one (or the default
 * project for a role that may not create projects); a member by email, name or login, else unassigned; a
 * status or priority word by the tools' vocabularies, else the closest guess. A mapping saved for the same
 * header shape (a template) overrides these proposals.
 */
@Component
class MappingProposals {

    /** The proposals of one file, and the first rows as they would be imported with them. */
    record Proposed(List<ImportPreview.Values> values, Map<Field, Map<String, String>> choices, Map<String, String> labels,
                    Columns columns) {

        List<ImportPreview.Row> sample(List<RowSource.SourceRow> rows, DueDates dates) {
            return rows.stream().map(r -> new ImportPreview.Row(r.number(), r.cell(columns.of(Field.KEY)).strip(),
                    r.cell(columns.of(Field.TITLE)).strip(), project(r.cell(columns.of(Field.PROJECT)).strip()),
                    shown(Field.STATUS, Columns.normalize(r.cell(columns.of(Field.STATUS)))),
                    shown(Field.PRIORITY, Columns.normalize(r.cell(columns.of(Field.PRIORITY)))),
                    shown(Field.ASSIGNEE, RowMapping.key(RowMapping.firstPerson(r.cell(columns.of(Field.ASSIGNEE))))),
                    due(r.cell(columns.of(Field.DUE_DATE)), dates))).toList();
        }

        private String project(String value) {
            String shown = shown(Field.PROJECT, RowMapping.key(value));
            return ImportMapping.NEW.equals(choices.getOrDefault(Field.PROJECT, Map.of()).get(RowMapping.key(value)))
                    ? value + " (new project)" : shown;
        }

        private String shown(Field field, String key) {
            String choice = choices.getOrDefault(field, Map.of()).get(key);
            return choice == null ? "" : labels.getOrDefault(choice, choice);
        }

        private static String due(String cell, DueDates dates) {
            if (cell.isBlank()) {
                return "";
            }
            LocalDate date = dates.parse(cell);
            return date == null ? "not a date: " + cell.strip() : date.toString();
        }
    }

    Proposed propose(WorkspaceAccess access, Columns columns, Lookups lookups, Map<Field, ValueTally> tallies, UUID defaultProject,
                     ImportMapping template) {
        List<ImportPreview.Values> values = new ArrayList<>();
        Map<Field, Map<String, String>> choices = new EnumMap<>(Field.class);
        Map<String, String> labels = new HashMap<>();
        labels.put(ImportMapping.NEW, "new project");
        labels.put(ImportMapping.DEFAULT, "default project");
        labels.put(ImportMapping.UNASSIGNED, "unassigned");
        labels.put(ImportMapping.REJECT, "row rejected");
        tallies.forEach((field, tally) -> {
            Map<String, String> chosen = new HashMap<>();
            List<ImportPreview.Value> listed = new ArrayList<>();
            for (Map.Entry<String, Long> e : tally.values()) {
                String value = e.getKey();
                String proposal = fromTemplate(field, value, template);
                if (proposal == null) {
                    proposal = propose(field, value, access, lookups, defaultProject, labels);
                }
                chosen.put(keyOf(field, value), proposal);
                listed.add(new ImportPreview.Value(value, e.getValue(), proposal, labels.getOrDefault(proposal, proposal)));
            }
            choices.put(field, chosen);
            values.add(new ImportPreview.Values(field.name(), columns.name(field), tally.freeText(), listed));
        });
        return new Proposed(values, choices, labels, columns);
    }

    static String keyOf(Field field, String value) {
        return field == Field.STATUS || field == Field.PRIORITY ? Columns.normalize(value) : RowMapping.key(value);
    }

    private static String propose(Field field, String value, WorkspaceAccess access, Lookups lookups, UUID defaultProject,
                                  Map<String, String> labels) {
        return switch (field) {
            case PROJECT -> {
                Project project = lookups.project(value);
                if (project != null && !project.archived()) {
                    labels.put(project.id().toString(), project.name());
                    yield project.id().toString();
                }
                yield access.can(Permission.PROJECT_WRITE) || defaultProject == null ? ImportMapping.NEW : ImportMapping.DEFAULT;
            }
            case ASSIGNEE -> {
                UUID member = lookups.member(value);
                if (member == null || member.equals(Lookups.AMBIGUOUS)) {
                    yield ImportMapping.UNASSIGNED;
                }
                labels.put(member.toString(), lookups.memberName(member));
                yield member.toString();
            }
            case STATUS -> Words.proposeStatus(value).name();
            case PRIORITY -> Words.proposePriority(value).name();
            default -> throw new IllegalArgumentException("no proposals for " + field);
        };
    }

    private static String fromTemplate(Field field, String value, ImportMapping template) {
        if (template == null) {
            return null;
        }
        Map<String, String> saved = switch (field) {
            case PROJECT -> template.projects();
            case ASSIGNEE -> template.people();
            case STATUS -> template.statuses();
            case PRIORITY -> template.priorities();
            default -> Map.of();
        };
        return saved.get(value);
    }
}
