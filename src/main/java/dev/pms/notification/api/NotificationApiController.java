package dev.pms.notification.api;

import dev.pms.notification.EmailLevel;
import dev.pms.notification.EmailSettings;
import dev.pms.notification.NotificationService;
import dev.pms.platform.jdbc.Limits;
import dev.pms.platform.jdbc.Page;
import dev.pms.platform.security.AuthenticatedUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;

/** The caller's own inbox (all their workspaces), newest first, keyset paged; marking read; their email setting. */
@RestController
@RequestMapping("/api/v1/me")
class NotificationApiController {
    private final NotificationService notifications;
    private final EmailSettings settings;

    NotificationApiController(NotificationService notifications, EmailSettings settings) {
        this.notifications = notifications;
        this.settings = settings;
    }

    @GetMapping("/notifications")
    Page<NotificationResponse> list(@AuthenticationPrincipal AuthenticatedUser user, @RequestParam(defaultValue = "false") boolean unread,
                                    @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        Page<dev.pms.notification.Notification> page = notifications.inbox(user.id(), unread, cursor, Limits.of(limit));
        return new Page<>(page.items().stream().map(NotificationResponse::of).toList(), page.nextCursor());
    }

    @GetMapping("/notifications/count")
    Map<String, Long> count(@AuthenticationPrincipal AuthenticatedUser user) {
        return Map.of("unread", notifications.unread(user.id()));
    }

    @PostMapping("/notifications/{notificationId}/read")
    NotificationResponse read(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID notificationId) {
        return NotificationResponse.of(notifications.read(user.id(), notificationId));
    }

    @PostMapping("/notifications/read")
    Map<String, Integer> readAll(@AuthenticationPrincipal AuthenticatedUser user) {
        return Map.of("marked", notifications.readAll(user.id()));
    }

    /** {@code email}: ALL, DIRECT (mentions, assignments and due dates of one's tasks) or NONE. */
    record EmailSetting(@NotNull EmailLevel email) {
    }

    @GetMapping("/notification-settings")
    EmailSetting setting(@AuthenticationPrincipal AuthenticatedUser user) {
        return new EmailSetting(settings.level(user.id()));
    }

    @PutMapping("/notification-settings")
    EmailSetting change(@AuthenticationPrincipal AuthenticatedUser user, @Valid @RequestBody EmailSetting body) {
        settings.setLevel(user.id(), body.email());
        return body;
    }
}
