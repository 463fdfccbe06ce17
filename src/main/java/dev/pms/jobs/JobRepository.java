package dev.pms.jobs;

import dev.pms.platform.jdbc.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * All SQL of the job queue. Workers are infrastructure that serves every workspace, so the queue's statements
 * select across workspaces and name jobs by id. Lease times use
 * clock_timestamp(), not now(): the completing statement runs at the end of a long transaction.
 */
@Repository
class JobRepository {
    private static final String JOB = "j.id, j.workspace_id, j.kind, j.subject_id, j.attempts";
    /** The advisory lock that serialises claims; any constant that no other code of PMS uses. */
    private static final long CLAIM_LOCK = 0x706d_736a_6f62L;
    private final JdbcClient jdbc;

    JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID workspaceId, String kind, UUID subjectId, UUID userId, Duration delay) {
        jdbc.sql("""
                        insert into jobs (id, workspace_id, kind, subject_id, user_id, run_after)
                        values (:id, :ws, :kind, :subject, :user, clock_timestamp() + cast(:delay as interval))""")
                .param("id", id).param("ws", workspaceId).param("kind", kind).param("subject", subjectId)
                .param("user", userId).param("delay", interval(delay)).update();
    }

    /**
     * Makes claims one at a time across the cluster until the caller's transaction ends, so that each claim
     * sees the jobs the previous one started: the per-person limit would otherwise be passed by workers that
     * claim at the same moment.
     */
    void serializeClaims() {
        jdbc.sql("select 1 from pg_advisory_xact_lock(:key)").param("key", CLAIM_LOCK).query(Integer.class).single();
    }

    /**
     * Claims the oldest due job, or one whose lease expired, skipping the jobs of people who already have
     * {@code perUser} running; SKIP LOCKED passes over rows that other transactions hold.
     */
    Optional<Claim> claim(String owner, Collection<String> kinds, Duration lease, int perUser) {
        RecordMapper<Job> job = RecordMapper.of(Job.class);
        return jdbc.sql("""
                        with next as (
                            select j.id, j.status as was from jobs j
                            where j.kind = any(cast(:kinds as text[]))
                              and ((j.status = 'QUEUED' and j.run_after <= clock_timestamp())
                                   or (j.status = 'RUNNING' and j.lease_expires_at < clock_timestamp()))
                              and (j.user_id is null or (select count(*) from jobs r where r.user_id = j.user_id
                                                         and r.status = 'RUNNING' and r.id <> j.id) < :perUser)
                            order by j.run_after, j.id
                            limit 1
                            for update of j skip locked)
                        update jobs j set status = 'RUNNING', lease_owner = :owner, attempts = j.attempts + 1,
                               lease_expires_at = clock_timestamp() + cast(:lease as interval),
                               started_at = coalesce(j.started_at, clock_timestamp())
                        from next where j.id = next.id
                        returning\s""" + JOB + ", next.was = 'RUNNING' as taken_over")
                .param("kinds", kinds.toArray(String[]::new)).param("owner", owner).param("lease", interval(lease))
                .param("perUser", perUser)
                .query((rs, n) -> new Claim(job.mapRow(rs, n), rs.getBoolean("taken_over"))).optional();
    }

    /** A claimed job, and whether it was taken over from a worker whose lease had expired. */
    record Claim(Job job, boolean takenOver) {
    }

    /** Extends the leases this worker still holds and returns their ids; a missing id is a lost lease. */
    List<UUID> renew(String owner, Collection<UUID> ids, Duration lease) {
        return jdbc.sql("""
                        update jobs set lease_expires_at = clock_timestamp() + cast(:lease as interval)
                        where id = any(cast(:ids as uuid[])) and lease_owner = :owner and status = 'RUNNING'
                          and lease_expires_at > clock_timestamp()
                        returning id""")
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new)).param("owner", owner)
                .param("lease", interval(lease)).query(UUID.class).list();
    }

    /**
     * Gives up a claim whose worker made no progress: the lease ends now, so that any worker may take the job
     * over at once, and the claim keeps counting as an attempt.
     */
    boolean expire(UUID id, String owner, int attempts, String error) {
        return jdbc.sql("""
                        update jobs set lease_expires_at = clock_timestamp(), last_error = :error
                        where id = :id and lease_owner = :owner and attempts = :attempts and status = 'RUNNING'""")
                .param("id", id).param("owner", owner).param("attempts", attempts).param("error", error).update() == 1;
    }

    /** The claim is named by owner and attempt: a worker of this node cut off long ago cannot end a later claim. */
    boolean complete(UUID id, String owner, int attempts) {
        return jdbc.sql("""
                        update jobs set status = 'SUCCEEDED', finished_at = clock_timestamp(), lease_owner = null,
                               lease_expires_at = null, last_error = null
                        where id = :id and lease_owner = :owner and attempts = :attempts and status = 'RUNNING'
                          and lease_expires_at > clock_timestamp()""")
                .param("id", id).param("owner", owner).param("attempts", attempts).update() == 1;
    }

    boolean retryLater(UUID id, String owner, int attempts, String error, Duration delay) {
        return jdbc.sql("""
                        update jobs set status = 'QUEUED', lease_owner = null, lease_expires_at = null, last_error = :error,
                               run_after = clock_timestamp() + cast(:delay as interval)
                        where id = :id and lease_owner = :owner and attempts = :attempts and status = 'RUNNING'""")
                .param("id", id).param("owner", owner).param("attempts", attempts).param("error", error)
                .param("delay", interval(delay)).update() == 1;
    }

    /** Fails a job for good: it is never claimed again. */
    boolean fail(UUID id, String owner, int attempts, String error) {
        return jdbc.sql("""
                        update jobs set status = 'FAILED', lease_owner = null, lease_expires_at = null, last_error = :error,
                               finished_at = clock_timestamp()
                        where id = :id and lease_owner = :owner and attempts = :attempts and status = 'RUNNING'""")
                .param("id", id).param("owner", owner).param("attempts", attempts).param("error", error).update() == 1;
    }

    /**
     * Hands a stopping worker's jobs back to the queue. The claim keeps counting as an attempt: a job that
     * brings its node down (out of memory, then a restart) must reach the attempt limit, not loop forever.
     */
    int release(String owner) {
        return jdbc.sql("""
                        update jobs set status = 'QUEUED', lease_owner = null, lease_expires_at = null,
                               run_after = clock_timestamp()
                        where lease_owner = :owner and status = 'RUNNING'""")
                .param("owner", owner).update();
    }

    Map<String, Long> openByKind() {
        return jdbc.sql("select kind, count(*) as n from jobs where status in ('QUEUED', 'RUNNING') group by kind")
                .query((rs, n) -> Map.entry(rs.getString("kind"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Queued and running jobs of all workspaces, and the wait of the oldest queued one. */
    Backlog backlog() {
        return jdbc.sql("""
                        select count(*) filter (where status = 'QUEUED') as queued,
                               count(*) filter (where status = 'RUNNING') as running,
                               coalesce(extract(epoch from clock_timestamp() - min(created_at) filter (where status = 'QUEUED')) * 1000, 0)
                                   as oldest_millis
                        from jobs where status in ('QUEUED', 'RUNNING')""")
                .query((rs, n) -> new Backlog(rs.getLong("queued"), rs.getLong("running"),
                        Duration.ofMillis(rs.getLong("oldest_millis"))))
                .single();
    }

    record Backlog(long queued, long running, Duration oldestQueued) {
    }

    private static String interval(Duration duration) {
        return duration.toMillis() + " milliseconds";
    }
}
