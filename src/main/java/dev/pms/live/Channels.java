package dev.pms.live;

import java.util.UUID;

/** One NOTIFY channel per workspace, so that a node listens only to the workspaces its streams show. */
final class Channels {
    private static final String PREFIX = "pms_ws_";

    private Channels() {
    }

    /** Lower-case letters and digits only: the same name unquoted in LISTEN and as pg_notify's argument. */
    static String of(UUID workspaceId) {
        return PREFIX + workspaceId.toString().replace("-", "");
    }

    static UUID workspaceOf(String channel) {
        String hex = channel.substring(PREFIX.length());
        return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
    }
}
