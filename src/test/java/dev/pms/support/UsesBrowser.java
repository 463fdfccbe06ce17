package dev.pms.support;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A test that drives Chromium ({@link Browsers}). {@code ./pms test} runs it; {@code ./pms test --fast} leaves it out. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(UsesBrowser.TAG)
public @interface UsesBrowser {
    String TAG = "browser";
}
