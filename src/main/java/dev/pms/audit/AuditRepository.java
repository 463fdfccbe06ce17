package dev.pms.audit;

import dev.pms.platform.jdbc.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** All SQL of the audit log. It only inserts and reads: the table refuses UPDATE and DELETE (V60). */
@Repository
class AuditRepository {
    private static final String SELECT = """
            select e.id, e.at, e.kind, e.actor_id, a.name as actor_name, e.client_address, e.target_id,
                   t.name as target_name, e.detail
            from audit_events e
            left join users a on a.id = e.actor_id
            left join users t on t.id = e.target_id
            """;
    private static final String FILTERS = """
              and (cast(:actor as uuid) is null or e.actor_id = cast(:actor as uuid))
              and (cast(:kind as text) is null or e.kind = cast(:kind as text))
              and (cast(:afterAt as timestamptz) is null
                   or (e.at, e.id) < (cast(:afterAt as timestamptz), cast(:afterId as uuid)))
            order by e.at desc, e.id desc
            limit :limit""";
    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry; {@code workspaceId} null for an instance-level event. The time is the database's clock. */
    void insert(UUID workspaceId, UUID id, AuditKind kind, UUID actorId, String clientAddress, UUID targetId, String detail) {
        jdbc.sql("""
                        insert into audit_events (workspace_id, id, kind, actor_id, client_address, target_id, detail)
                        values (:ws, :id, :kind, :actor, :address, :target, :detail)""")
                .param("ws", workspaceId).param("id", id).param("kind", kind.name()).param("actor", actorId)
                .param("address", clientAddress).param("target", targetId).param("detail", detail)
                .update();
    }

    /** A keyset page of a workspace's log, newest first. */
    List<AuditEntry> workspacePage(UUID workspaceId, AuditQuery query, int limit) {
        return page("where e.workspace_id = :ws\n", query, limit).param("ws", workspaceId)
                .query(RecordMapper.of(AuditEntry.class)).list();
    }

    /** A keyset page of the instance-level events (sign-ins and the like), newest first. */
    List<AuditEntry> instancePage(AuditQuery query, int limit) {
        return page("where e.workspace_id is null\n", query, limit).query(RecordMapper.of(AuditEntry.class)).list();
    }

    private JdbcClient.StatementSpec page(String where, AuditQuery query, int limit) {
        return jdbc.sql(SELECT + where + FILTERS)
                .param("actor", query.actor()).param("kind", query.kind() == null ? null : query.kind().name())
                .param("afterAt", query.afterAt() == null ? null : OffsetDateTime.ofInstant(query.afterAt(), ZoneOffset.UTC))
                .param("afterId", query.afterId()).param("limit", limit);
    }

    /** The filters and the position after the last entry shown; nulls mean "any" and "from the newest". */
    record AuditQuery(UUID actor, AuditKind kind, Instant afterAt, UUID afterId) {
    }
}
