package dev.pms.platform;

import com.github.f4b6a3.uuid.UuidCreator;

import java.util.UUID;

/**
 * Public ids are UUIDv7: time-ordered, so new rows land at the right edge of the primary key index.
 * The random bits come from a fast generator, not SecureRandom: ids are not secrets (tokens and invite
 * codes have their own SecureRandom), and an import makes one per row.
 */
public final class Ids {
    private Ids() {
    }

    public static UUID next() {
        return UuidCreator.getTimeOrderedEpochFast();
    }
}
