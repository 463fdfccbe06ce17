package dev.pms.imports;

import java.util.Map;
import java.util.UUID;

/**
 * The choices a user confirms for a previewed import, stored with it as JSON. Every map is keyed by the value as
 * the file (and the preview) spells it; a value it leaves out takes the preview's proposal.
 *
 * @param defaultProjectId where rows that name no project, or a project mapped to "default", go
 * @param dateOrder        DAY_FIRST or MONTH_FIRST: how slashed dates such as 03/04/2027 are read
 * @param projects         value → "new" (created by the import; needs the right to manage projects), "default",
 *                         or an existing project's id
 * @param people           value → a member's id, "unassigned" (the name is kept with the task) or "reject"
 * @param statuses         word → BACKLOG, TODO, IN_PROGRESS, IN_REVIEW or DONE
 * @param priorities       word → NONE, LOW, MEDIUM, HIGH or URGENT
 * @param closedRows       what rows whose Archived or Closed column says so become: DONE tasks (the default) or SKIP
 *                         (left out, as Trello's archived cards usually are)
 * @param privateRows      what rows whose Private column says so (Redmine's private issues) become: IMPORT (tasks, the
 *                         default: the preview names the column, so confirming it is the user's consent) or SKIP
 */
public record ImportMapping(UUID defaultProjectId, String dateOrder, Map<String, String> projects, Map<String, String> people,
                            Map<String, String> statuses, Map<String, String> priorities, String closedRows, String privateRows) {
    public static final String NEW = "new";
    public static final String DONE = "DONE";
    public static final String SKIP = "SKIP";
    public static final String IMPORT = "IMPORT";
    public static final String DEFAULT = "default";
    public static final String UNASSIGNED = "unassigned";
    public static final String REJECT = "reject";

    public ImportMapping {
        projects = projects == null ? Map.of() : projects;
        people = people == null ? Map.of() : people;
        statuses = statuses == null ? Map.of() : statuses;
        priorities = priorities == null ? Map.of() : priorities;
    }

    /** A mapping that imports closed rows as done tasks. */
    public ImportMapping(UUID defaultProjectId, String dateOrder, Map<String, String> projects, Map<String, String> people,
                         Map<String, String> statuses, Map<String, String> priorities) {
        this(defaultProjectId, dateOrder, projects, people, statuses, priorities, null, null);
    }

    /** Whether rows the file marks private are left out. */
    public boolean skipsPrivateRows() {
        return SKIP.equals(privateRows);
    }

    /** Whether rows the file marks archived or closed are left out. */
    public boolean skipsClosedRows() {
        return SKIP.equals(closedRows);
    }
}
