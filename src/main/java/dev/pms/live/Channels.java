package dev.pms.live;

import java.util.UUID;

/**
 * One NOTIFY channel per workspace, so that a node listens only to the workspaces its streams show, and one per person
 * for their inbox, which spans their workspaces.
 */
final class Channels {
    private static final String PREFIX = "pms_ws_";
    private static final String PERSON = "pms_user_";

    private Channels() {
    }

    /** Lower-case letters and digits only: the same name unquoted in LISTEN and as pg_notify's argument. */
    static String of(UUID workspaceId) {
        return PREFIX + workspaceId.toString().replace("-", "");
    }

    static String person(UUID userId) {
        return PERSON + userId.toString().replace("-", "");
    }
}
