package dev.pms.imports.parse;

import dev.pms.task.Priority;
import dev.pms.task.TaskStatus;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A confirmed mapping, resolved to ids: what each project, person, status and priority value of the file
 * becomes. Values it does not name (beyond the preview's bound on distinct values) take the proposal's
 * rules: a project or member by name, anyone else unassigned, an unknown word by {@link Words#proposeStatus}.
 *
 * @param projects   value key → project id, or {@link #DEFAULT_PROJECT}
 * @param people     value key → member id, {@link #UNASSIGNED} or {@link #REJECTED}
 * @param statuses   normalised word → status
 * @param priorities normalised word → priority
 */
public record RowMapping(Map<String, UUID> projects, Map<String, UUID> people, Map<String, TaskStatus> statuses,
                         Map<String, Priority> priorities) {
    public static final UUID DEFAULT_PROJECT = new UUID(0, 1);
    public static final UUID UNASSIGNED = new UUID(0, 2);
    public static final UUID REJECTED = new UUID(0, 3);

    /** How project and person values are compared: case and surrounding spaces ignored. */
    public static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** The person a cell names first: a tool that exports several assignees puts them in one cell, comma-separated. */
    public static String firstPerson(String cell) {
        String value = cell.strip();
        int comma = value.indexOf(',');
        int semicolon = value.indexOf(';');
        int end = comma < 0 ? semicolon : semicolon < 0 ? comma : Math.min(comma, semicolon);
        return end < 0 ? value : value.substring(0, end).strip();
    }
}
