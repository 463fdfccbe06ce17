package dev.pms.view;

import dev.pms.platform.Ids;
import dev.pms.platform.web.ProblemException;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Saved views. Anyone who reads the workspace keeps personal views; sharing one with everyone needs the right to edit
 * tasks. A personal view of someone else answers 404, as if it did not exist.
 */
@Service
public class ViewService {
    static final int NAV_LIMIT = 50;
    private final ViewRepository views;

    ViewService(ViewRepository views) {
        this.views = views;
    }

    public List<SavedView> list(WorkspaceAccess access) {
        return views.visible(access.workspaceId(), access.userId(), NAV_LIMIT);
    }

    public SavedView get(WorkspaceAccess access, UUID id) {
        return views.findVisible(access.workspaceId(), access.userId(), id).orElseThrow(() -> ProblemException.notFound("view"));
    }

    @Transactional
    public SavedView create(WorkspaceAccess access, String name, String query, boolean shared) {
        requireMayShare(access, shared);
        return views.insert(access.workspaceId(), Ids.next(), access.userId(), name(name), ViewQueryString.checked(query), shared);
    }

    /** Changes what is given (null keeps a value). */
    @Transactional
    public SavedView update(WorkspaceAccess access, UUID id, String name, String query, Boolean shared) {
        SavedView view = editable(access, id);
        boolean share = Objects.requireNonNullElse(shared, view.shared());
        if (share && !view.shared()) {
            requireMayShare(access, true);
        }
        return views.update(access.workspaceId(), id, name == null ? view.name() : name(name),
                query == null ? view.query() : ViewQueryString.checked(query), share);
    }

    @Transactional
    public void delete(WorkspaceAccess access, UUID id) {
        editable(access, id);
        views.delete(access.workspaceId(), id);
    }

    private SavedView editable(WorkspaceAccess access, UUID id) {
        SavedView view = get(access, id);
        if (!access.mayEditView(view.ownerId(), view.shared())) {
            throw ProblemException.forbidden("Only the person who saved this view, or an admin, may change it.");
        }
        return view;
    }

    private static void requireMayShare(WorkspaceAccess access, boolean shared) {
        if (shared && !access.can(Permission.TASK_WRITE)) {
            throw ProblemException.forbidden("Your role (" + access.role().label() + ") may keep personal views only.");
        }
    }

    private static String name(String name) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty() || text.length() > 100) {
            throw ProblemException.invalid("name", "give a name of 1 to 100 characters");
        }
        return text;
    }
}
