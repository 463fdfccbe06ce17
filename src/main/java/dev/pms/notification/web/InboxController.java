package dev.pms.notification.web;

import dev.pms.notification.Notification;
import dev.pms.notification.NotificationService;
import dev.pms.platform.jdbc.Page;
import dev.pms.platform.security.AuthenticatedUser;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.Layouts;
import dev.pms.platform.web.page.PageController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** The inbox of the person signed in (all their workspaces), the header's bell, and marking read. */
@PageController
class InboxController {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final int SHOWN = 50;
    private final NotificationService notifications;

    InboxController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    ModelAndView inbox(@AuthenticationPrincipal AuthenticatedUser user, @RequestParam(defaultValue = "false") boolean unread,
                       @RequestParam(required = false) String cursor) {
        Page<Notification> page = notifications.inbox(user.id(), unread, cursor, SHOWN);
        String older = page.nextCursor() == null ? null : UriComponentsBuilder.fromPath("/notifications")
                .queryParam("unread", unread).queryParam("cursor", page.nextCursor()).encode().toUriString();
        return Htmx.page("notification/inbox", new InboxView(Layouts.of("Inbox"), unread, notifications.unread(user.id()),
                page.items().stream().map(InboxController::item).toList(), older));
    }

    /** The header loads it after the page: the layout belongs to no module's data. */
    @GetMapping("/notifications/bell")
    ModelAndView bell(@AuthenticationPrincipal AuthenticatedUser user) {
        return Htmx.page("notification/bell", new BellView(notifications.unread(user.id())));
    }

    /** Marks it read and goes where it points: the task, at the comment for a mention or a comment. */
    @GetMapping("/notifications/{notificationId}")
    String open(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID notificationId) {
        return Htmx.redirect(notifications.read(user.id(), notificationId).href());
    }

    @PostMapping("/notifications/{notificationId}/read")
    String read(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID notificationId) {
        notifications.read(user.id(), notificationId);
        return Htmx.redirect("/notifications");
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal AuthenticatedUser user) {
        notifications.readAll(user.id());
        return Htmx.redirect("/notifications");
    }

    private static InboxView.Item item(Notification n) {
        return new InboxView.Item(n.id().toString(), n.sentence(), n.taskName(), n.workspaceName(), WHEN.format(n.at()),
                n.unread(), "/notifications/" + n.id(), "/notifications/" + n.id() + "/read");
    }
}
