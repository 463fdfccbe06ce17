package dev.pms.imports.parse;

import dev.pms.project.Project;
import dev.pms.project.ProjectQueries;
import dev.pms.workspace.Member;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceQueries;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The workspace's members and projects, loaded once per import, by the names a file may use: a member
 * by email, name or login (the email's local part), a project by name. A name two members share is
 * ambiguous and not matched. Each is loaded only when the file has a column that names them.
 */
public final class Lookups {
    public static final UUID AMBIGUOUS = new UUID(0, 0);
    private final Map<String, UUID> members = new HashMap<>();
    private final Map<String, Project> projects = new HashMap<>();
    private final Map<UUID, String> names = new HashMap<>();

    /** Loads the lookups of a workspace for one import run. */
    @Component
    public static class Loader {
        private final WorkspaceQueries workspaces;
        private final ProjectQueries projects;

        Loader(WorkspaceQueries workspaces, ProjectQueries projects) {
            this.workspaces = workspaces;
            this.projects = projects;
        }

        public Lookups load(WorkspaceAccess access, Columns columns) {
            Lookups lookups = new Lookups();
            if (columns.of(Columns.Field.ASSIGNEE) >= 0) {
                workspaces.allMembers(access).forEach(lookups::addMember);
            }
            if (columns.of(Columns.Field.PROJECT) >= 0) {
                projects.list(access, true).forEach(p -> lookups.projects.put(key(p.name()), p));
            }
            return lookups;
        }

        /** The members alone, by email, name and login: for the reporters, watchers and comment authors of a file. */
        public Lookups members(WorkspaceAccess access) {
            Lookups lookups = new Lookups();
            workspaces.allMembers(access).forEach(lookups::addMember);
            return lookups;
        }
    }

    private void addMember(Member member) {
        members.put(key(member.email()), member.userId());
        names.put(member.userId(), member.name());
        String login = member.email().substring(0, Math.max(0, member.email().indexOf('@')));
        putUnlessTaken(key(member.name()), member.userId());
        putUnlessTaken(key(login), member.userId());
    }

    private void putUnlessTaken(String key, UUID id) {
        if (!key.isEmpty()) {
            members.merge(key, id, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
        }
    }

    /**
     * The member a cell names, or null. Tries the whole cell, then Trello's "Name (login)", then the first
     * of several comma- or semicolon-separated people.
     */
    public UUID member(String value) {
        UUID found = members.get(key(value));
        if (found != null) {
            return found;
        }
        String[] several = value.split("[,;]");
        if (several.length > 1) {
            return member(several[0]);
        }
        int open = value.lastIndexOf('(');
        if (open > 0 && value.endsWith(")")) {
            found = members.get(key(value.substring(open + 1, value.length() - 1)));
            return found != null ? found : members.get(key(value.substring(0, open)));
        }
        return null;
    }

    /** The name of a member found by {@link #member}. */
    public String memberName(UUID userId) {
        return names.get(userId);
    }

    /** The open projects rows may name, when the file has a project column; each import locks their task numbers. */
    public Set<UUID> openProjectIds() {
        return projects.values().stream().filter(p -> !p.archived()).map(Project::id).collect(Collectors.toSet());
    }

    public Project project(String name) {
        return projects.get(key(name));
    }

    private static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
