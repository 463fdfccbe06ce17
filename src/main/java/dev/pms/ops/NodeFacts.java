package dev.pms.ops;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/** What the system report says about this node itself: its version and its requests' pool. */
@Component
class NodeFacts {
    private final HikariDataSource pool;
    private final ObjectProvider<BuildProperties> build;

    NodeFacts(HikariDataSource pool, ObjectProvider<BuildProperties> build) {
        this.pool = pool;
        this.build = build;
    }

    SystemReport.Pool pool() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        return new SystemReport.Pool(bean.getActiveConnections(), bean.getIdleConnections(),
                bean.getThreadsAwaitingConnection(), bean.getTotalConnections(), pool.getMaximumPoolSize());
    }

    String version() {
        BuildProperties properties = build.getIfAvailable();
        if (properties != null) {
            return properties.getVersion();
        }
        String manifest = NodeFacts.class.getPackage().getImplementationVersion();
        return manifest != null ? manifest : "development";
    }
}
