package dev.pms.workspace;

/** What a member may do in a workspace; roles grant sets of these (DESIGN §4). */
public enum Permission {
    READ,
    TASK_WRITE,
    TASK_DELETE_OWN,
    TASK_DELETE_ANY,
    PROJECT_WRITE,
    PROJECT_DELETE,
    IMPORT,
    IMPORT_UNDO_OWN,
    IMPORT_UNDO_ANY,
    MEMBER_MANAGE,
    WORKSPACE_RENAME,
    /** comment on tasks, edit and delete one's own comments */
    COMMENT_WRITE,
    /** delete anyone's comment */
    COMMENT_DELETE_ANY,
    /** read the workspace's audit log */
    AUDIT_READ,
    /** edit and delete the shared saved views of others */
    SHARED_VIEW_MANAGE_ANY,
    /** delete the workspace, transfer ownership */
    WORKSPACE_OWN
}
