package dev.pms.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;
import java.util.UUID;

/**
 * A person's role in the workspace a request's path names, read by the request's authentication in the same
 * statement as its API token (null: not a member). The access check takes it instead of reading the membership
 * again: one round trip instead of two, and as fresh, since both are read at the start of this very request.
 */
public record PreloadedRole(UUID workspaceId, UUID userId, String role) {
    private static final String ATTRIBUTE = PreloadedRole.class.getName();
    private static final String WORKSPACES = "/api/v1/workspaces/";

    void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** The role read for exactly this workspace and person in this request, if any was: present with a null role for a non-member. */
    public static Optional<PreloadedRole> of(HttpServletRequest request, UUID workspaceId, UUID userId) {
        return request.getAttribute(ATTRIBUTE) instanceof PreloadedRole known
                && known.workspaceId.equals(workspaceId) && known.userId.equals(userId) ? Optional.of(known) : Optional.empty();
    }

    /** The workspace id of an {@code /api/v1/workspaces/{id}/...} path, or null; the access check parses the same segment again. */
    static UUID workspaceOf(String path) {
        if (!path.startsWith(WORKSPACES)) {
            return null;
        }
        int end = path.indexOf('/', WORKSPACES.length());
        try {
            return UUID.fromString(path.substring(WORKSPACES.length(), end < 0 ? path.length() : end));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
