package dev.pms.task;

import dev.pms.platform.web.ProblemException;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A task key as typed, WEB-12 or web-12: a project key and a task number. */
public record TaskKey(String projectKey, int number) {
    private static final Pattern FORM = Pattern.compile("([A-Za-z]{2,10})-([1-9][0-9]{0,8})");

    /** The key in {@code text}; a clear 400 when it is not one. */
    public static TaskKey parse(String text) {
        return tryParse(text).orElseThrow(() ->
                ProblemException.invalid("key", "is not a task key: a project key, a dash and a number, like WEB-12"));
    }

    /** The key in {@code text}, if it is one. */
    static Optional<TaskKey> tryParse(String text) {
        Matcher m = FORM.matcher(text.strip());
        return m.matches() ? Optional.of(new TaskKey(m.group(1).toUpperCase(Locale.ROOT), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return projectKey + "-" + number;
    }
}
