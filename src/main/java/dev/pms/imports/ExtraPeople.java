package dev.pms.imports;

import dev.pms.imports.parse.Lookups;
import dev.pms.imports.parse.RowMapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who the reporters, second assignees, watchers and comment authors of a file are: the member the confirmed mapping
 * chose for that name (the preview lists the assignees' names), else the member of that email, name or login, else
 * nobody, and the name is kept as the file wrote it.
 */
final class ExtraPeople {
    private final Lookups members;
    private final Map<String, String> mapped = new HashMap<>();

    ExtraPeople(Lookups members, ImportMapping mapping) {
        this.members = members;
        if (mapping != null) {
            mapping.people().forEach((value, choice) -> mapped.put(RowMapping.key(value), choice));
        }
    }

    /** The member a name stands for, or null when it names nobody here (or the mapping left that person out). */
    UUID member(String name) {
        String choice = mapped.get(RowMapping.key(name));
        if (choice != null) {
            return choice.equals(ImportMapping.UNASSIGNED) || choice.equals(ImportMapping.REJECT) ? null : UUID.fromString(choice);
        }
        UUID found = members.member(name);
        return found == null || found.equals(Lookups.AMBIGUOUS) ? null : found;
    }

    /** The people a cell names, comma- or semicolon-separated (Trello's "Alice Smith (alice), Bob Jones (bob)"). */
    static List<String> split(String cell) {
        List<String> names = new ArrayList<>();
        for (String part : cell.split("[,;]")) {
            String name = part.strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
