package dev.pms.audit;

import dev.pms.platform.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Writes entries of the audit log, with the client address of the current request. Called in the transaction
 * of the change it records (listeners run synchronously), so an entry commits or rolls back with its change.
 */
@Service
public class AuditLog {
    private static final int MAX_DETAIL = 1000;
    private final AuditRepository entries;

    AuditLog(AuditRepository entries) {
        this.entries = entries;
    }

    /** An event of a workspace, seen by its owners and admins. */
    @Transactional
    public void workspace(UUID workspaceId, AuditKind kind, UUID actorId, UUID targetId, String detail) {
        entries.insert(workspaceId, Ids.next(), kind, actorId, ClientAddress.current(), targetId, bounded(detail));
    }

    /** An event of the instance, not of one workspace (sign-in, tokens), seen by instance admins. */
    @Transactional
    public void instance(AuditKind kind, UUID actorId, UUID targetId, String detail) {
        entries.insert(null, Ids.next(), kind, actorId, ClientAddress.current(), targetId, bounded(detail));
    }

    private static String bounded(String detail) {
        if (detail == null) {
            return "";
        }
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }
}
