package dev.pms.workspace.web;

import dev.pms.platform.web.page.Layout;

/** The page an invite link opens: the workspace's name, the role it gives, and one button to join it. */
public record InviteView(Layout layout, String code, String workspaceName, String role) {
}
