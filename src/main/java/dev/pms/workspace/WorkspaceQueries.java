package dev.pms.workspace;

import dev.pms.platform.jdbc.Cursor;
import dev.pms.platform.jdbc.Page;
import dev.pms.platform.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads of workspaces and members. */
@Service
@Transactional(readOnly = true)
public class WorkspaceQueries {
    private static final int ALL_MEMBERS_PAGE = 1000;
    static final String INVITE_NOT_FOUND = "This invite link is not valid: it may have been reset. Ask for a new one.";
    static final String NOT_A_MEMBER = "This person is not a member of the workspace.";
    private final WorkspaceRepository workspaces;
    private final MemberRepository members;

    WorkspaceQueries(WorkspaceRepository workspaces, MemberRepository members) {
        this.workspaces = workspaces;
        this.members = members;
    }

    public List<Workspace> mine(UUID userId) {
        return workspaces.listFor(userId);
    }

    public Workspace get(WorkspaceAccess access) {
        return workspaces.find(access.workspaceId(), access.userId()).orElseThrow();
    }

    public Page<Member> members(WorkspaceAccess access, String cursor, int limit) {
        String afterName = null;
        UUID afterUser = null;
        if (cursor != null) {
            Cursor c = Cursor.decode(cursor, 2);
            afterName = c.get(0);
            afterUser = c.uuid(1);
        }
        List<Member> rows = members.page(access.workspaceId(), afterName, afterUser, limit + 1);
        return Page.of(rows, limit, m -> Cursor.of(m.name(), m.userId()));
    }

    /** Every member, by name, read page by page (names for a whole workspace: imports, pickers). */
    public List<Member> allMembers(WorkspaceAccess access) {
        List<Member> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<Member> page = members(access, cursor, ALL_MEMBERS_PAGE);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    /** The names of those of {@code userIds} who are members: a page showing a few tasks names only their people. */
    public Map<UUID, String> memberNames(WorkspaceAccess access, Collection<UUID> userIds) {
        return userIds.isEmpty() ? Map.of() : members.names(access.workspaceId(), userIds);
    }

    public Member member(WorkspaceAccess access, UUID userId) {
        return members.find(access.workspaceId(), userId).orElseThrow(() -> ProblemException.notFoundSaying(NOT_A_MEMBER));
    }

    /** Whether the user belongs to the workspace: ids from request bodies are checked with this. */
    public boolean isMember(WorkspaceAccess access, UUID userId) {
        return members.role(access.workspaceId(), userId).isPresent();
    }

    /**
     * The access a user has now, read from their membership: empty once they left the workspace. For work
     * done on a user's behalf outside a request (jobs they queued, the demo data of the account that made
     * the workspace); requests get theirs from the interceptor.
     */
    public Optional<WorkspaceAccess> accessOf(UUID workspaceId, UUID userId) {
        return members.role(workspaceId, userId).map(role -> new WorkspaceAccess(workspaceId, userId, role));
    }

    /** The members among {@code emails}: a mention of anyone else stays plain text. */
    public List<Member> membersByEmail(WorkspaceAccess access, Collection<String> emails) {
        return emails.isEmpty() ? List.of() : members.byEmails(access.workspaceId(), emails);
    }

    /** The first {@code limit} members whose name (or a word of it) or email starts with {@code prefix}. */
    public List<Member> membersStartingWith(WorkspaceAccess access, String prefix, int limit) {
        return members.byPrefix(access.workspaceId(), prefix, limit);
    }
}
