package dev.pms.workspace;

/** What an invite link offers before anyone joins: the workspace's name and the role it gives. */
public record InvitePreview(String workspaceName, Role role) {
}
