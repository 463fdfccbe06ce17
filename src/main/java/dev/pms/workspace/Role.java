package dev.pms.workspace;

import java.util.EnumSet;
import java.util.Set;

import static dev.pms.workspace.Permission.*;

/** The five roles of DESIGN §4. Nothing else in PMS compares roles: code asks for a {@link Permission}. */
public enum Role {
    OWNER(EnumSet.allOf(Permission.class)),
    ADMIN(EnumSet.complementOf(EnumSet.of(WORKSPACE_OWN))),
    MANAGER(EnumSet.of(READ, TASK_WRITE, TASK_DELETE_OWN, TASK_DELETE_ANY, PROJECT_WRITE, IMPORT, IMPORT_UNDO_OWN, COMMENT_WRITE)),
    MEMBER(EnumSet.of(READ, TASK_WRITE, TASK_DELETE_OWN, COMMENT_WRITE)),
    VIEWER(EnumSet.of(READ));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    /** The role as people read it: "Viewer", not VIEWER. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    /** Whether someone with this role may change or remove a member who has {@code other}, or grant it. */
    public boolean outranksOrEquals(Role other) {
        return other != OWNER || this == OWNER;
    }
}
