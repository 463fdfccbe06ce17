package dev.pms.platform.observability;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.sentry.Sentry;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Starts Sentry's SDK when SENTRY_DSN is set and hangs {@link SentryErrorAppender} on the root logger, so that
 * every unexpected error PMS logs (the 500 handler's, failed jobs', failed backups') is sent, tagged with the
 * request id. PMS's own handlers answer every exception, so only what they log as unexpected is sent, never a 4xx.
 */
@Component
@EnableConfigurationProperties(SentryProperties.class)
class SentryReporting implements InitializingBean, DisposableBean {
    private final SentryProperties properties;
    private final SentryScrubber scrubber;
    private SentryErrorAppender appender;

    SentryReporting(SentryProperties properties, SentryScrubber scrubber) {
        this.properties = properties;
        this.scrubber = scrubber;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.enabled()) {
            return;
        }
        Sentry.init(options -> {
            options.setDsn(properties.dsn());
            options.setEnvironment(properties.environment());
            options.setSendDefaultPii(false);
            options.setBeforeSend(scrubber);
        });
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        appender = new SentryErrorAppender();
        appender.setContext(context);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    }

    @Override
    public void destroy() {
        if (appender != null) {
            ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
            appender.stop();
            Sentry.close();
        }
    }
}
