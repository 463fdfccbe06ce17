package dev.pms.audit;

import dev.pms.platform.jdbc.Cursor;
import dev.pms.platform.jdbc.Page;
import dev.pms.platform.security.AuthenticatedUser;
import dev.pms.platform.web.ProblemException;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** Reads of the audit log, newest first, page by page: a workspace's for its owners and admins, the instance's for instance admins. */
@Service
@Transactional(readOnly = true)
public class AuditQueries {
    private final AuditRepository entries;

    AuditQueries(AuditRepository entries) {
        this.entries = entries;
    }

    /** Filters of a page of the log; nulls mean any person, any kind, from the newest entry. */
    public record Filter(UUID actor, AuditKind kind, String cursor) {
    }

    public Page<AuditEntry> workspace(WorkspaceAccess access, Filter filter, int limit) {
        access.require(Permission.AUDIT_READ);
        return Page.of(entries.workspacePage(access.workspaceId(), query(filter), limit + 1), limit, AuditQueries::cursorOf);
    }

    public Page<AuditEntry> instance(AuthenticatedUser user, Filter filter, int limit) {
        if (!user.instanceAdmin()) {
            throw ProblemException.forbidden("Only instance admins may see the instance's audit log");
        }
        return Page.of(entries.instancePage(query(filter), limit + 1), limit, AuditQueries::cursorOf);
    }

    private static AuditRepository.AuditQuery query(Filter filter) {
        if (filter.cursor() == null || filter.cursor().isBlank()) {
            return new AuditRepository.AuditQuery(filter.actor(), filter.kind(), null, null);
        }
        Cursor cursor = Cursor.decode(filter.cursor(), 2);
        return new AuditRepository.AuditQuery(filter.actor(), filter.kind(), cursor.instant(0), cursor.uuid(1));
    }

    private static Cursor cursorOf(AuditEntry entry) {
        return Cursor.of(entry.at(), entry.id());
    }
}
