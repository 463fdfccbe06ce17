package dev.pms.live.web;

import dev.pms.live.LiveScope;
import dev.pms.live.LiveStreams;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import dev.pms.platform.web.page.PageController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.UUID;

/**
 * The pages' Server-Sent Events: {@code ?board=<project>} for a board, {@code ?task=<task>} for one task, and the
 * whole workspace's task events otherwise (the table). Everyone who may read the workspace may listen.
 */
@PageController
class LiveStreamController {
    private final LiveStreams streams;

    LiveStreamController(LiveStreams streams) {
        this.streams = streams;
    }

    @GetMapping(value = "/w/{workspaceId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @RequiresPermission(Permission.READ)
    SseEmitter stream(WorkspaceAccess access, @PathVariable UUID workspaceId, @RequestParam(required = false) UUID board,
                      @RequestParam(required = false) UUID task,
                      @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
        LiveScope scope = board != null ? LiveScope.board(board) : task != null ? LiveScope.task(task) : LiveScope.table();
        return streams.open(access, scope, lastEventId);
    }
}
