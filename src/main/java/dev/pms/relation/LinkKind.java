package dev.pms.relation;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.pms.platform.web.ProblemException;

import java.util.Locale;

/**
 * A link as seen from one of its tasks. A stored link is BLOCKS or RELATES from one task to another; BLOCKED_BY is
 * a BLOCKS link read from the task it blocks, and RELATES_TO has no direction.
 */
public enum LinkKind {
    BLOCKS("blocks"), BLOCKED_BY("blocked by"), RELATES_TO("relates to");

    private final String words;

    LinkKind(String words) {
        this.words = words;
    }

    /** The API's JSON says the kind in these words too. */
    @JsonValue
    public String words() {
        return words;
    }

    /** The stored kind: BLOCKS or RELATES. */
    String stored() {
        return this == RELATES_TO ? "RELATES" : "BLOCKS";
    }

    /** The same link seen from its other task. */
    public LinkKind reversed() {
        return switch (this) {
            case BLOCKS -> BLOCKED_BY;
            case BLOCKED_BY -> BLOCKS;
            case RELATES_TO -> RELATES_TO;
        };
    }

    /** "blocks", "blocked by", "relates to" (as the API and the pages say them), or the constant's name. */
    public static LinkKind parse(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        for (LinkKind kind : values()) {
            if (kind.words.equals(wanted)) {
                return kind;
            }
        }
        throw ProblemException.invalid("kind", "must be one of blocks, blocked by, relates to");
    }
}
