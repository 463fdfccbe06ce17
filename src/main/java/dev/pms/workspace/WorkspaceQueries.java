package dev.pms.workspace;

import dev.pms.platform.jdbc.Cursor;
import dev.pms.platform.jdbc.Page;
import dev.pms.platform.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** Reads of workspaces and members. */
@Service
@Transactional(readOnly = true)
public class WorkspaceQueries {
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
            afterUser = parseUuid(c.get(1));
        }
        List<Member> rows = members.page(access.workspaceId(), afterName, afterUser, limit + 1);
        return Page.of(rows, limit, m -> Cursor.of(m.name(), m.userId()));
    }

    public Member member(WorkspaceAccess access, UUID userId) {
        return members.find(access.workspaceId(), userId).orElseThrow(() -> ProblemException.notFound("Member", userId));
    }

    /** Whether the user belongs to the workspace: ids from request bodies are checked with this. */
    public boolean isMember(WorkspaceAccess access, UUID userId) {
        return members.role(access.workspaceId(), userId).isPresent();
    }

    /**
     * The access a background job acts with on behalf of a user: their role now, or empty once they
     * left the workspace. Only jobs queued by a checked request call this.
     */
    public java.util.Optional<WorkspaceAccess> accessOf(UUID workspaceId, UUID userId) {
        return members.role(workspaceId, userId).map(role -> new WorkspaceAccess(workspaceId, userId, role));
    }

    private static UUID parseUuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "not a cursor this list handed out");
        }
    }
}
