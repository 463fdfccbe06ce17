package dev.pms.comment;

import dev.pms.task.ImportedTasksDeleted;
import dev.pms.task.TaskChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Comments go with their task, in the deletion's transaction (there is no cascading foreign key, see V70). */
@Component
class CommentCleanup {
    private final CommentRepository comments;

    CommentCleanup(CommentRepository comments) {
        this.comments = comments;
    }

    @EventListener
    void taskChanged(TaskChanged e) {
        if (e.deleted()) {
            comments.deleteOfTask(e.workspaceId(), e.taskId());
        }
    }

    @EventListener
    void importUndone(ImportedTasksDeleted e) {
        comments.deleteOrphans(e.workspaceId());
    }
}
