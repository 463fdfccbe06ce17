package dev.pms.notification;

import dev.pms.task.TaskQueries;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** Who watches a task, and watching or unwatching it: anyone who may read the task may do both. */
@Service
public class WatcherService {
    private final WatcherRepository watchers;
    private final TaskQueries tasks;

    WatcherService(WatcherRepository watchers, TaskQueries tasks) {
        this.watchers = watchers;
        this.tasks = tasks;
    }

    @Transactional(readOnly = true)
    public List<Watcher> watchers(WorkspaceAccess access, UUID taskId) {
        readable(access, taskId);
        return watchers.watchers(access.workspaceId(), taskId);
    }

    @Transactional(readOnly = true)
    public boolean watching(WorkspaceAccess access, UUID taskId) {
        readable(access, taskId);
        return watchers.watching(access.workspaceId(), taskId, access.userId());
    }

    /** Watches ({@code true}) or unwatches the task for the caller; a choice by hand that automatic watching keeps. */
    @Transactional
    public void choose(WorkspaceAccess access, UUID taskId, boolean watching) {
        readable(access, taskId);
        watchers.choose(access.workspaceId(), taskId, access.userId(), watching);
    }

    /** A task of another workspace, or none, is 404 as everywhere. */
    private void readable(WorkspaceAccess access, UUID taskId) {
        access.require(Permission.READ);
        tasks.get(access, taskId);
    }
}
