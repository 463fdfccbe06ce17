package dev.pms.platform.db;

import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

import javax.sql.DataSource;
import java.util.Map;

/** The primary {@code DataSource}: connections for requests from one pool, for {@link Background} work from another. */
final class LaneDataSource extends AbstractRoutingDataSource {
    private enum Lane { REQUESTS, JOBS }

    LaneDataSource(DataSource requests, DataSource jobs) {
        setTargetDataSources(Map.of(Lane.REQUESTS, requests, Lane.JOBS, jobs));
        setDefaultTargetDataSource(requests);
        setLenientFallback(false);
        afterPropertiesSet();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return Background.active() ? Lane.JOBS : Lane.REQUESTS;
    }
}
