package dev.pms.workspace.web;

import dev.pms.platform.web.page.Layout;
import dev.pms.workspace.Role;

import java.util.List;

/** The members page; {@code manage} is false for roles that may only look, and then no control is rendered. */
public record MemberListView(Layout layout, String basePath, List<Row> members, boolean more, boolean manage, String inviteUrl) {

    /** One member; {@code roles} lists the roles the viewer may give them (empty: no role control). */
    public record Row(String userId, String name, String email, Role role, String joined, List<Role> roles, boolean removable) {
    }
}
