package dev.pms.platform.web.page;

import java.util.List;

/**
 * What every page's frame needs: its title, who is signed in, the CSRF tokens for forms and htmx, the
 * workspace navigation (null outside a workspace) and the URLs of its scripts and styles.
 */
public record Layout(String title, String userName, Csrf csrf, Nav nav, Assets assets) {

    public boolean signedIn() {
        return userName != null;
    }

    /** The form field (masked per response) and the header value (the cookie's token) that pass the CSRF check. */
    public record Csrf(String parameterName, String formToken, String headerName, String headerToken) {
    }

    /** The current workspace, the others to switch to, the sections of the current one, and its saved views. */
    public record Nav(String workspaceId, String workspaceName, String role, List<Link> workspaces, List<Link> sections, List<Link> views) {
    }

    public record Link(String label, String href, boolean active) {
    }
}
