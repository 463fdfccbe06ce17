package dev.pms.audit;

import dev.pms.account.ApiTokenCreated;
import dev.pms.account.ApiTokenRevoked;
import dev.pms.exports.TasksExported;
import dev.pms.imports.ImportUndoRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records what people take out of PMS or undo, and the tokens that open the API in their name. */
@Component
class ActivityAudit {
    private final AuditLog log;

    ActivityAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void tokenCreated(ApiTokenCreated e) {
        log.instance(AuditKind.TOKEN_CREATED, e.userId(), e.tokenId(), e.name());
    }

    @EventListener
    void tokenRevoked(ApiTokenRevoked e) {
        log.instance(AuditKind.TOKEN_REVOKED, e.userId(), e.tokenId(), "");
    }

    @EventListener
    void exported(TasksExported e) {
        log.workspace(e.workspaceId(), AuditKind.TASKS_EXPORTED, e.actorId(), null, e.format().name() + " " + e.filter());
    }

    @EventListener
    void importUndone(ImportUndoRequested e) {
        log.workspace(e.workspaceId(), AuditKind.IMPORT_UNDONE, e.actorId(), e.importId(), e.fileName());
    }
}
