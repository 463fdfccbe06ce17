package dev.pms.task;

import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Gives the tasks of an import the parents its file names, set-based, in the import's transaction: the rules of
 * {@link TaskTree} (same workspace, no cycle, at most {@link TaskTree#MAX_DEPTH} levels) are checked on the whole
 * new tree at once, and a parent that breaks one is refused for its row alone.
 */
@Service
public class SubtaskImportService {
    /** Each round refuses at least one parent; a file that still breaks the rules after this many loses the rest. */
    private static final int MAX_ROUNDS = 50;
    private final SubtaskImportRepository parents;
    private final TaskTree tree;

    SubtaskImportService(SubtaskImportRepository parents, TaskTree tree) {
        this.parents = parents;
        this.tree = tree;
    }

    /**
     * Puts each task under its parent (for a task named twice, its last row wins) and returns the parents refused.
     * The parents this replaces on tasks the import did not create are kept for its undo. {@code progressed} is told
     * after each statement that may take long.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<RefusedParent> attach(WorkspaceAccess access, UUID importId, int[] rows, UUID[] tasks, UUID[] parentIds,
                                      Runnable progressed) {
        access.require(Permission.IMPORT);
        tree.lock(access.workspaceId());
        UUID ws = access.workspaceId();
        parents.stage(ws, rows, tasks, parentIds);
        List<RefusedParent> refused = new ArrayList<>();
        parents.dropSelf(ws).forEach(row -> refused.add(new RefusedParent(row, "names the task itself as its parent")));
        progressed.run();
        parents.apply(ws, importId);
        progressed.run();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<RefusedParent> broken = parents.refuseBroken(ws, round == MAX_ROUNDS - 1);
            progressed.run();
            if (broken.isEmpty()) {
                break;
            }
            refused.addAll(broken);
        }
        return refused;
    }

    /** The undo of an import puts the tasks it moved under other parents back under their old ones, in its transaction. */
    @EventListener
    void importUndone(ImportedTasksDeleted e) {
        parents.restore(e.workspaceId(), e.importId());
    }
}
