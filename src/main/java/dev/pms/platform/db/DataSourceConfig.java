package dev.pms.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The one connection pool: to DATABASE_URL when given, otherwise to the embedded PostgreSQL. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DataSourceConfig {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariConfig hikariConfig() {
        return new HikariConfig();
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(DatabaseProperties properties, HikariConfig config) {
        JdbcUrl target = properties.embedded() ? embedded(properties) : JdbcUrl.parse(properties.url());
        config.setJdbcUrl(target.url());
        if (target.username() != null) {
            config.setUsername(target.username());
        }
        if (target.password() != null) {
            config.setPassword(target.password());
        }
        config.setPoolName("pms");
        return new HikariDataSource(config);
    }

    private static JdbcUrl embedded(DatabaseProperties properties) {
        EmbeddedPostgres postgres = EmbeddedDatabase.start(properties.dataDir(), properties.port());
        return new JdbcUrl(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }
}
