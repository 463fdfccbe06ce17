package dev.pms.support;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that starts whole PMS nodes ({@link AppInstance}) or PostgreSQL servers of its own: several nodes,
 * a restart, a shutdown, a database outage. Each costs seconds of start-up; {@code ./pms test} runs them,
 * {@code ./pms test --fast} leaves them out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(StartsNodes.TAG)
public @interface StartsNodes {
    String TAG = "nodes";
}
