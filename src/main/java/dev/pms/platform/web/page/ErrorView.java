package dev.pms.platform.web.page;

/** An error page or message: what happened, in words for people. */
public record ErrorView(Layout layout, int status, String heading, String message) {
}
