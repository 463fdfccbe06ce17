package dev.pms.platform.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Rewrites Spring Session's statements so that {@code spring_session} holds only the SHA-256 of each session id
 * (a statement log or a database dump then yields no usable cookie) and a session older than the absolute
 * limit is not found, on every node, by the database's clock. Each statement binds the id exactly where
 * Spring Session's own does, and PostgreSQL hashes it ({@code sha256()}); the read returns the id it was given,
 * so the session keeps the id its cookie carries. Not covered: {@code findByIndexNameAndIndexValue} (sessions
 * by principal) returns sessions under their hashed ids; PMS does not use it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionLifetimeProperties.class)
class SessionStoreConfig {
    private static final String HASH = "encode(sha256(convert_to(?, 'UTF8')), 'hex')";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> hashedSessionIds(SessionLifetimeProperties properties) {
        long absoluteMillis = properties.absoluteTimeout().toMillis();
        return repository -> {
            repository.setCreateSessionQuery("""
                    insert into %TABLE_NAME% (primary_id, session_id, creation_time, last_access_time, max_inactive_interval,
                                              expiry_time, principal_name)
                    values (?, HASH, ?, ?, ?, ?, ?)""".replace("HASH", HASH));
            repository.setGetSessionQuery("""
                    with requested as (select cast(? as text) as id)
                    select s.primary_id, r.id as session_id, s.creation_time, s.last_access_time, s.max_inactive_interval,
                           sa.attribute_name, sa.attribute_bytes
                    from requested r
                    join %TABLE_NAME% s on s.session_id = encode(sha256(convert_to(r.id, 'UTF8')), 'hex')
                    left join %TABLE_NAME%_ATTRIBUTES sa on s.primary_id = sa.session_primary_id
                    where s.creation_time > (extract(epoch from clock_timestamp()) * 1000)::bigint - ABSOLUTE"""
                    .replace("ABSOLUTE", Long.toString(absoluteMillis)));
            repository.setUpdateSessionQuery("""
                    update %TABLE_NAME%
                    set session_id = HASH, last_access_time = ?, max_inactive_interval = ?, expiry_time = ?, principal_name = ?
                    where primary_id = ?""".replace("HASH", HASH));
            repository.setDeleteSessionQuery("delete from %TABLE_NAME% where session_id = HASH and max_inactive_interval >= 0"
                    .replace("HASH", HASH));
        };
    }
}
