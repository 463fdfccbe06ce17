package dev.pms.task.api;

import dev.pms.platform.web.ProblemException;
import dev.pms.task.SubtaskChoice;

import java.util.Locale;

/** The {@code subtasks} parameter of a deletion, in words a person may type: delete or detach. */
final class SubtaskChoices {
    private SubtaskChoices() {
    }

    static SubtaskChoice parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "delete" -> SubtaskChoice.DELETE;
            case "detach" -> SubtaskChoice.DETACH;
            default -> throw ProblemException.invalid("subtasks", "must be delete or detach");
        };
    }
}
