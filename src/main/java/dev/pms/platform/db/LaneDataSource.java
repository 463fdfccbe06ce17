package dev.pms.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** The primary {@code DataSource}: connections for requests from one pool, for {@link Background} work from another. */
final class LaneDataSource extends AbstractRoutingDataSource {
    private enum Lane { REQUESTS, JOBS }

    private final HikariDataSource jobs;

    LaneDataSource(DataSource requests, HikariDataSource jobs) {
        this.jobs = jobs;
        setTargetDataSources(Map.of(Lane.REQUESTS, requests, Lane.JOBS, jobs));
        setDefaultTargetDataSource(requests);
        setLenientFallback(false);
        afterPropertiesSet();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return Background.active() ? Lane.JOBS : Lane.REQUESTS;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!Background.active()) {
            return super.getConnection();
        }
        Connection connection = jobs.getConnection();
        Background.held().taken(jobs, connection);
        return connection;
    }
}
