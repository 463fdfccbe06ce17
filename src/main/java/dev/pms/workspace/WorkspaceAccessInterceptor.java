package dev.pms.workspace;

import dev.pms.platform.security.AuthenticatedUser;
import dev.pms.platform.security.PreloadedRole;
import dev.pms.platform.web.ProblemException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one access check. For a handler under {@code {workspaceId}} it loads the membership once:
 * a non-member gets 404 (the workspace's existence is not revealed), a missing permission 403, and a
 * handler that forgot {@link RequiresPermission} is refused (fail closed).
 */
@Component
class WorkspaceAccessInterceptor implements HandlerInterceptor {
    static final String ATTRIBUTE = WorkspaceAccess.class.getName();
    private static final Logger log = LoggerFactory.getLogger(WorkspaceAccessInterceptor.class);
    /** Also what a non-member hears: a workspace's existence is not told to outsiders. */
    private static final String NO_WORKSPACE = "This workspace does not exist, or you are not one of its members.";
    private final MemberRepository members;

    WorkspaceAccessInterceptor(MemberRepository members) {
        this.members = members;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || request.getDispatcherType() == DispatcherType.ASYNC) {
            // an async dispatch ends a request that was checked when it began (an event stream closing after a removal)
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || !variables.containsKey("workspaceId")) {
            return true;
        }
        RequiresPermission required = method.getMethodAnnotation(RequiresPermission.class);
        if (required == null) {
            log.error("{} handles a workspace route without @RequiresPermission; refusing", method);
            throw ProblemException.forbidden("This action is not available.");
        }
        WorkspaceAccess access = resolve(request, variables.get("workspaceId"));
        access.require(required.value());
        request.setAttribute(ATTRIBUTE, access);
        return true;
    }

    private WorkspaceAccess resolve(HttpServletRequest request, String rawWorkspaceId) {
        UUID workspaceId = parse(rawWorkspaceId);
        UUID userId = currentUserId();
        Role role = role(request, workspaceId, userId).orElseThrow(() -> ProblemException.notFoundSaying(NO_WORKSPACE));
        return new WorkspaceAccess(workspaceId, userId, role);
    }

    /** The role read with this request's API token when there is one for this workspace and person, else read now. */
    private Optional<Role> role(HttpServletRequest request, UUID workspaceId, UUID userId) {
        return PreloadedRole.of(request, workspaceId, userId)
                .map(known -> Optional.ofNullable(known.role()).map(Role::valueOf))
                .orElseGet(() -> members.role(workspaceId, userId));
    }

    private static UUID parse(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFoundSaying(NO_WORKSPACE);
        }
    }

    private static UUID currentUserId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
            return user.id();
        }
        throw new ProblemException(org.springframework.http.HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in first.");
    }
}
