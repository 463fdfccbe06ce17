package dev.pms.workspace;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static dev.pms.workspace.Permission.*;
import static dev.pms.workspace.Role.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The grants of {@link Role} against the table of DESIGN §4, copied here by hand, cell by cell. */
class RoleTableTests {
    /** DESIGN §4, one line per row of its table: the roles that may. */
    private static final Map<Permission, Set<Role>> DESIGN = new EnumMap<>(Map.ofEntries(
            // read workspace, projects, tasks, members; export
            Map.entry(READ, EnumSet.of(OWNER, ADMIN, MANAGER, MEMBER, VIEWER)),
            // create, edit, move, assign tasks
            Map.entry(TASK_WRITE, EnumSet.of(OWNER, ADMIN, MANAGER, MEMBER)),
            // delete a task: MEMBER own tasks only
            Map.entry(TASK_DELETE_OWN, EnumSet.of(OWNER, ADMIN, MANAGER, MEMBER)),
            Map.entry(TASK_DELETE_ANY, EnumSet.of(OWNER, ADMIN, MANAGER)),
            // create, edit, archive projects
            Map.entry(PROJECT_WRITE, EnumSet.of(OWNER, ADMIN, MANAGER)),
            Map.entry(PROJECT_DELETE, EnumSet.of(OWNER, ADMIN)),
            Map.entry(IMPORT, EnumSet.of(OWNER, ADMIN, MANAGER)),
            // undo an import: MANAGER own imports only
            Map.entry(IMPORT_UNDO_OWN, EnumSet.of(OWNER, ADMIN, MANAGER)),
            Map.entry(IMPORT_UNDO_ANY, EnumSet.of(OWNER, ADMIN)),
            // invite, reset invite code, change roles, remove members
            Map.entry(MEMBER_MANAGE, EnumSet.of(OWNER, ADMIN)),
            Map.entry(WORKSPACE_RENAME, EnumSet.of(OWNER, ADMIN)),
            // comment on tasks; edit and delete one's own comments
            Map.entry(COMMENT_WRITE, EnumSet.of(OWNER, ADMIN, MANAGER, MEMBER)),
            // delete anyone's comment
            Map.entry(COMMENT_DELETE_ANY, EnumSet.of(OWNER, ADMIN)),
            // edit and delete the shared saved views of others (DESIGN §11)
            Map.entry(SHARED_VIEW_MANAGE_ANY, EnumSet.of(OWNER, ADMIN)),
            // read the workspace's audit log
            Map.entry(AUDIT_READ, EnumSet.of(OWNER, ADMIN)),
            // delete workspace, transfer ownership
            Map.entry(WORKSPACE_OWN, EnumSet.of(OWNER))));

    @Test
    void everyPermissionHasARowOfTheDesign() {
        assertThat(DESIGN.keySet()).containsExactlyInAnyOrder(Permission.values());
    }

    @Test
    void eachRoleGrantsExactlyWhatTheDesignGivesIt() {
        for (Role role : Role.values()) {
            for (Permission permission : Permission.values()) {
                assertThat(role.grants(permission)).as("%s %s", role, permission).isEqualTo(DESIGN.get(permission).contains(role));
            }
        }
    }
}
