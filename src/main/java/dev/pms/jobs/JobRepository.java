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
 * All SQL of the job queue. Workers are infrastructure that serves every workspace, so the claim and
 * lease statements select across workspaces; everything else names the workspace. Lease times use
 * clock_timestamp(), not now(): the completing statement runs at the end of a long transaction.
 */
@Repository
class JobRepository {
    private static final String JOB = "j.id, j.workspace_id, j.kind, j.subject_id, j.attempts";
    private final JdbcClient jdbc;

    JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID workspaceId, String kind, UUID subjectId) {
        jdbc.sql("insert into jobs (id, workspace_id, kind, subject_id) values (:id, :ws, :kind, :subject)")
                .param("id", id).param("ws", workspaceId).param("kind", kind).param("subject", subjectId).update();
    }

    /** Claims the oldest due job, or one whose lease expired; SKIP LOCKED lets many workers claim at once. */
    Optional<Job> claim(String owner, Collection<String> kinds, Duration lease) {
        return jdbc.sql("""
                        with next as (
                            select id from jobs
                            where kind = any(cast(:kinds as text[]))
                              and ((status = 'QUEUED' and run_after <= clock_timestamp())
                                   or (status = 'RUNNING' and lease_expires_at < clock_timestamp()))
                            order by run_after, id
                            limit 1
                            for update skip locked)
                        update jobs j set status = 'RUNNING', lease_owner = :owner, attempts = j.attempts + 1,
                               lease_expires_at = clock_timestamp() + cast(:lease as interval),
                               started_at = coalesce(j.started_at, clock_timestamp())
                        from next where j.id = next.id
                        returning\s""" + JOB)
                .param("kinds", kinds.toArray(String[]::new)).param("owner", owner).param("lease", interval(lease))
                .query(RecordMapper.of(Job.class)).optional();
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

    boolean complete(UUID id, String owner) {
        return jdbc.sql("""
                        update jobs set status = 'SUCCEEDED', finished_at = clock_timestamp(), lease_owner = null,
                               lease_expires_at = null, last_error = null
                        where id = :id and lease_owner = :owner and status = 'RUNNING' and lease_expires_at > clock_timestamp()""")
                .param("id", id).param("owner", owner).update() == 1;
    }

    boolean retryLater(UUID id, String owner, String error, Duration delay) {
        return jdbc.sql("""
                        update jobs set status = 'QUEUED', lease_owner = null, lease_expires_at = null, last_error = :error,
                               run_after = clock_timestamp() + cast(:delay as interval)
                        where id = :id and lease_owner = :owner and status = 'RUNNING'""")
                .param("id", id).param("owner", owner).param("error", error).param("delay", interval(delay)).update() == 1;
    }

    /** Fails a job for good; {@code owner} null fails it whoever held it (attempts used up on claim). */
    boolean fail(UUID id, String owner, String error) {
        return jdbc.sql("""
                        update jobs set status = 'FAILED', lease_owner = null, lease_expires_at = null, last_error = :error,
                               finished_at = clock_timestamp()
                        where id = :id and status = 'RUNNING' and (cast(:owner as text) is null or lease_owner = :owner)""")
                .param("id", id).param("owner", owner).param("error", error).update() == 1;
    }

    /** Hands a stopping worker's jobs back to the queue; the interrupted claim does not count as an attempt. */
    int release(String owner) {
        return jdbc.sql("""
                        update jobs set status = 'QUEUED', lease_owner = null, lease_expires_at = null,
                               attempts = greatest(attempts - 1, 0), run_after = clock_timestamp()
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
