package dev.pms.platform.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import io.sentry.Sentry;
import io.sentry.SentryEvent;
import io.sentry.SentryLevel;
import io.sentry.protocol.Message;

/** One Sentry event per log line at ERROR: the message, the exception, the logger and the request id. */
class SentryErrorAppender extends AppenderBase<ILoggingEvent> {

    @Override
    protected void append(ILoggingEvent line) {
        if (!line.getLevel().isGreaterOrEqual(Level.ERROR) || line.getLoggerName().startsWith("io.sentry")) {
            return;
        }
        SentryEvent event = line.getThrowableProxy() instanceof ThrowableProxy proxy
                ? new SentryEvent(proxy.getThrowable()) : new SentryEvent();
        Message message = new Message();
        message.setFormatted(line.getFormattedMessage());
        event.setMessage(message);
        event.setLevel(SentryLevel.ERROR);
        event.setLogger(line.getLoggerName());
        String requestId = line.getMDCPropertyMap().get(Mdc.REQUEST_ID);
        if (requestId != null) {
            event.setTag(Mdc.REQUEST_ID, requestId);
        }
        Sentry.captureEvent(event);
    }
}
