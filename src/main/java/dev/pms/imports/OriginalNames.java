package dev.pms.imports;

import java.util.List;

/**
 * The people a task's row named who are no members, so the import kept their names only: its reporter (else null) and
 * the other people it named (second assignees, watchers).
 */
public record OriginalNames(String reporter, List<String> others) {
}
