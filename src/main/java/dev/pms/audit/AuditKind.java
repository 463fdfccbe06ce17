package dev.pms.audit;

/** What happened; stored by name. Instance-level kinds have no workspace. */
public enum AuditKind {
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_OUT("Signed out"),
    TOKEN_CREATED("API token created"),
    TOKEN_REVOKED("API token revoked"),
    WORKSPACE_DELETED("Workspace deleted"),
    MEMBER_JOINED("Member joined"),
    MEMBER_REMOVED("Member removed"),
    MEMBER_LEFT("Member left"),
    ROLE_CHANGED("Role changed"),
    INVITE_CODE_RESET("Invite link reset"),
    INVITE_CREATED("Invite sent"),
    INVITE_REVOKED("Invite revoked"),
    PROJECT_DELETED("Project deleted"),
    TASKS_EXPORTED("Tasks exported"),
    IMPORT_UNDONE("Import undo requested");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
