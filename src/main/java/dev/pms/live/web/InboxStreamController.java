package dev.pms.live.web;

import dev.pms.live.LiveStreams;
import dev.pms.platform.security.AuthenticatedUser;
import dev.pms.platform.web.page.PageController;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The header bell's Server-Sent Events: an {@code inbox} event whenever the person signed in gets a notification, from
 * any of their workspaces and any node. Only their own: the stream is opened for the session's person, never by id.
 */
@PageController
class InboxStreamController {
    private final LiveStreams streams;

    InboxStreamController(LiveStreams streams) {
        this.streams = streams;
    }

    @GetMapping(value = "/notifications/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal AuthenticatedUser user,
                      @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
        return streams.openInbox(user.id(), lastEventId);
    }
}
