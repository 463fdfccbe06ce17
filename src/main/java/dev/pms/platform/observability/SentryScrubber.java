package dev.pms.platform.observability;

import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.SentryOptions;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import io.sentry.protocol.SentryException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What PMS sends to Sentry (only when SENTRY_DSN is set): the error, its stack trace, the route and the request id,
 * and no personal data. Sentry's own PII switch is off; this also drops the user, the request's headers, cookies,
 * query and body, the breadcrumbs (earlier log lines) and the log context but for the request id, and blanks any
 * email address in a message (PostgreSQL puts the offending value into a constraint's error).
 */
@Component
class SentryScrubber implements SentryOptions.BeforeSendCallback {
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"'(),;=]+@[^\\s@<>\"'(),;=]+");

    @Override
    public SentryEvent execute(SentryEvent event, Hint hint) {
        event.setUser(null);
        event.setBreadcrumbs(List.of());
        event.setExtras(null);
        event.getContexts().remove("MDC");
        Request request = event.getRequest();
        if (request != null) {
            Request bare = new Request();
            bare.setMethod(request.getMethod());
            bare.setUrl(request.getUrl());
            event.setRequest(bare);
        }
        Message message = event.getMessage();
        if (message != null) {
            message.setFormatted(mask(message.getFormatted()));
            message.setMessage(mask(message.getMessage()));
            message.setParams(null);
        }
        if (event.getExceptions() != null) {
            for (SentryException exception : event.getExceptions()) {
                exception.setValue(mask(exception.getValue()));
            }
        }
        return event;
    }

    static String mask(String text) {
        return text == null ? null : EMAIL.matcher(text).replaceAll("[email]");
    }
}
