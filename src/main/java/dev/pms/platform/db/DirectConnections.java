package dev.pms.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Connections outside the pools to the primary database, for a session that lives as long as the node (a LISTEN):
 * a pool would count it as leaked, recycle it under its listener, and keep one of its connections from requests.
 */
@Component
public class DirectConnections {
    private final HikariDataSource primary;

    DirectConnections(@Qualifier("requestsDataSource") HikariDataSource primary) {
        this.primary = primary;
    }

    /** A new session, named {@code applicationName} in pg_stat_activity; the caller closes it. */
    public Connection open(String applicationName) throws SQLException {
        Properties properties = new Properties();
        if (primary.getUsername() != null) {
            properties.setProperty("user", primary.getUsername());
        }
        if (primary.getPassword() != null) {
            properties.setProperty("password", primary.getPassword());
        }
        properties.setProperty("ApplicationName", applicationName);
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = DriverManager.getConnection(primary.getJdbcUrl(), properties);
        connection.setAutoCommit(true);
        return connection;
    }
}
