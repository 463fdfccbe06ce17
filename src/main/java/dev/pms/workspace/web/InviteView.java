package dev.pms.workspace.web;

import dev.pms.platform.web.page.Layout;

/** The page an invite link opens: one button to join. */
public record InviteView(Layout layout, String code) {
}
