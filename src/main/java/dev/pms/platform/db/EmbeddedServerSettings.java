package dev.pms.platform.db;

import java.util.Map;

/**
 * Settings a feature adds to the embedded PostgreSQL's command line (WAL archiving, for one), so that the
 * platform starts the server without knowing the features that tune it. Ignored for an external database.
 */
public interface EmbeddedServerSettings {
    Map<String, String> settings();
}
