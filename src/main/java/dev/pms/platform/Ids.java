package dev.pms.platform;

import com.github.f4b6a3.uuid.UuidCreator;

import java.util.UUID;

/** Public ids are UUIDv7: time-ordered, so new rows land at the right edge of the primary key index. */
public final class Ids {
    private Ids() {
    }

    public static UUID next() {
        return UuidCreator.getTimeOrderedEpoch();
    }
}
