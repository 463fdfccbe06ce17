package dev.pms.platform.db;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A database address as JDBC wants it, from either a jdbc: URL or a libpq-style postgres:// URL. */
record JdbcUrl(String url, String username, String password) {

    static JdbcUrl parse(String value) {
        if (value.startsWith("jdbc:")) {
            return new JdbcUrl(value, null, null);
        }
        if (!value.startsWith("postgres://") && !value.startsWith("postgresql://")) {
            throw new IllegalStateException("DATABASE_URL and DATABASE_READ_URL must start with postgres://, postgresql:// or jdbc:postgresql:");
        }
        URI uri = URI.create(value);
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        int port = uri.getPort() == -1 ? 5432 : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new JdbcUrl("jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query, user, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
