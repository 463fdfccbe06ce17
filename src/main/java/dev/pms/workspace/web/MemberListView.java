package dev.pms.workspace.web;

import dev.pms.platform.web.page.Layout;
import dev.pms.workspace.Role;

import java.util.List;

/**
 * The members page; {@code manage} is false for roles that may only look, and then no control is rendered.
 * {@code inviteUrl} is the shared link, null while it is turned off.
 */
public record MemberListView(Layout layout, String basePath, List<Row> members, boolean more, boolean manage, String inviteUrl,
                             Invites invites) {

    /** One member; {@code roles} lists the roles the viewer may give them (empty: no role control). */
    public record Row(String userId, String name, String email, Role role, String joined, List<Role> roles, boolean removable) {
    }

    /**
     * The invite-by-email panel: pending invites with their links, the roles the viewer may invite with, and the
     * form's last input and error when it was refused.
     */
    public record Invites(List<Pending> pending, List<Role> roles, boolean emailed, String lifetime, String email, String error) {
        static final Invites NONE = new Invites(List.of(), List.of(), false, "", "", null);

        public String howSent() {
            return emailed ? "PMS emails the invite link to the address."
                    : "PMS cannot send email here (no SMTP server is set up): copy an invite's link and send it yourself.";
        }
    }

    /** A pending invite; {@code url} is its link, for the one address only. */
    public record Pending(String id, String email, Role role, String expires, boolean expired, String url) {
    }
}
