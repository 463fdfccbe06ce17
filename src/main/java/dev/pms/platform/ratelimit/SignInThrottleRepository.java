package dev.pms.platform.ratelimit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** All SQL of {@code sign_in_throttle} (see V50). Subjects are {@code account:<email hash>} or {@code device:<id>}. */
@Repository
class SignInThrottleRepository {
    private final JdbcClient jdbc;

    SignInThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(int failures, Instant notBefore, Instant lastAttempt) {
    }

    /** The subject's row, locked until the transaction ends (a fresh one when there was none). */
    Row lock(String subject, Instant now) {
        jdbc.sql("""
                        insert into sign_in_throttle (subject, failures, not_before, last_attempt) values (:subject, 0, :now, :now)
                        on conflict (subject) do nothing""")
                .param("subject", subject).param("now", at(now)).update();
        return jdbc.sql("select failures, not_before, last_attempt from sign_in_throttle where subject = :subject for update")
                .param("subject", subject)
                .query((rs, n) -> new Row(rs.getInt("failures"), rs.getObject("not_before", OffsetDateTime.class).toInstant(),
                        rs.getObject("last_attempt", OffsetDateTime.class).toInstant()))
                .single();
    }

    void update(String subject, int failures, Instant notBefore, Instant now) {
        jdbc.sql("update sign_in_throttle set failures = :failures, not_before = :notBefore, last_attempt = :now where subject = :subject")
                .param("subject", subject).param("failures", failures).param("notBefore", at(notBefore)).param("now", at(now))
                .update();
    }

    void forget(String subject) {
        jdbc.sql("delete from sign_in_throttle where subject = :subject").param("subject", subject).update();
    }

    int forgetIdleSince(Instant before) {
        return jdbc.sql("delete from sign_in_throttle where last_attempt < :before and not_before < :before")
                .param("before", at(before)).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
