package dev.pms.account;

import dev.pms.platform.jdbc.RecordMapper;
import dev.pms.platform.security.AuthenticatedUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

@Repository
class UserRepository {
    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the user; the very first account of an instance becomes its admin, decided inside the same statement. */
    User insert(UUID id, String email, String name, String passwordHash) {
        return jdbc.sql("""
                        insert into users (id, email, name, password_hash, instance_admin)
                        values (:id, :email, :name, :hash, not exists (select 1 from users))
                        returning id, email, name, instance_admin, created_at""")
                .param("id", id).param("email", email).param("name", name).param("hash", passwordHash)
                .query(RecordMapper.of(User.class)).single();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("select exists (select 1 from users where lower(email) = lower(:email))")
                .param("email", email).query(Boolean.class).single();
    }

    Optional<AuthenticatedUser> credentials(String email) {
        return jdbc.sql("select id, email, name, instance_admin, password_hash from users where lower(email) = lower(:email)")
                .param("email", email)
                .query((rs, n) -> new AuthenticatedUser(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("name"), rs.getBoolean("instance_admin"), rs.getString("password_hash")))
                .optional();
    }

    Optional<User> find(UUID id) {
        return jdbc.sql("select id, email, name, instance_admin, created_at from users where id = :id")
                .param("id", id).query(RecordMapper.of(User.class)).optional();
    }

    Optional<User> findByEmail(String email) {
        return jdbc.sql("select id, email, name, instance_admin, created_at from users where lower(email) = lower(:email)")
                .param("email", email).query(RecordMapper.of(User.class)).optional();
    }
}
