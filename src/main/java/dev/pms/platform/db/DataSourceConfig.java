package dev.pms.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Three pools. The primary ones serve every request and every write, one for requests and one for the job
 * workers (see {@link Background}): DATABASE_URL when given, otherwise the embedded PostgreSQL. The reads
 * pool serves exports from DATABASE_READ_URL, or from the same database when no replica is given; it is
 * small and waits long, so that exports queue for their turn instead of taking the connections that pages
 * need, or failing after the requests' pool's 5 s.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DataSourceConfig {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariConfig hikariConfig() {
        return new HikariConfig();
    }

    /** What everything injects: requests get the "pms" pool, {@link Background} work the "pms-jobs" pool. */
    @Bean
    @Primary
    DataSource dataSource(HikariDataSource requestsDataSource, @Qualifier("jobsDataSource") HikariDataSource jobs) {
        return new LaneDataSource(requestsDataSource, jobs);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource requestsDataSource(DatabaseProperties properties, @Qualifier("hikariConfig") HikariConfig settings,
                                        ObjectProvider<EmbeddedServerSettings> extra) {
        return pool("pms", primary(properties, extra), settings, config -> { });
    }

    /** Sized for the job workers (an import holds two connections: its COPY and its progress updates) and their heartbeat. */
    @Bean(destroyMethod = "close", defaultCandidate = false)
    HikariDataSource jobsDataSource(DatabaseProperties properties, @Qualifier("hikariConfig") HikariConfig settings,
                                    ObjectProvider<EmbeddedServerSettings> extra) {
        return pool("pms-jobs", primary(properties, extra), settings, config -> config.setMaximumPoolSize(properties.jobsPoolSize()));
    }

    /**
     * Not a default candidate: only injection points marked {@link Reads} get it, and Spring Boot's
     * auto-configuration (transaction manager, JdbcClient, Flyway, sessions) keeps to the primary pool.
     */
    @Bean(destroyMethod = "close", defaultCandidate = false)
    @Reads
    HikariDataSource readsDataSource(DatabaseProperties properties, @Qualifier("hikariConfig") HikariConfig settings,
                                     ObjectProvider<EmbeddedServerSettings> extra) {
        JdbcUrl target = properties.hasReadUrl() ? JdbcUrl.parse(properties.readUrl()) : primary(properties, extra);
        return pool("pms-reads", target, settings, config -> {
            config.setMaximumPoolSize(properties.readPoolSize());
            config.setConnectionTimeout(properties.readPoolWait().toMillis());
            config.setReadOnly(true);
        });
    }

    /** A transaction on the reads pool: a cursor (fetch size) needs one, and it makes the reads read-only. */
    @Bean(name = Reads.TRANSACTIONS, defaultCandidate = false)
    JdbcTransactionManager readsTransactionManager(@Reads DataSource reads) {
        return new JdbcTransactionManager(reads);
    }

    /** A pool with the shared spring.datasource.hikari.* settings, then its own name, target and {@code tuning}. */
    private static HikariDataSource pool(String name, JdbcUrl target, HikariConfig settings, Consumer<HikariConfig> tuning) {
        HikariConfig config = new HikariConfig();
        settings.copyStateTo(config);
        config.setPoolName(name);
        config.addDataSourceProperty("ApplicationName", name); // tells the pools apart in pg_stat_activity
        config.setJdbcUrl(target.url());
        if (target.username() != null) {
            config.setUsername(target.username());
        }
        if (target.password() != null) {
            config.setPassword(target.password());
        }
        tuning.accept(config);
        return new HikariDataSource(config);
    }

    private static JdbcUrl primary(DatabaseProperties properties, ObjectProvider<EmbeddedServerSettings> extra) {
        return properties.embedded() ? embedded(properties, extra) : JdbcUrl.parse(properties.url());
    }

    private static JdbcUrl embedded(DatabaseProperties properties, ObjectProvider<EmbeddedServerSettings> extra) {
        Map<String, String> settings = new LinkedHashMap<>();
        extra.orderedStream().forEach(contribution -> settings.putAll(contribution.settings()));
        EmbeddedPostgres postgres = EmbeddedDatabase.start(properties.dataDir(), properties.port(), settings);
        return new JdbcUrl(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }
}
