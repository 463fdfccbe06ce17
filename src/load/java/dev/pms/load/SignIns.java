package dev.pms.load;

import io.gatling.javaapi.core.Session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tells the browsing while people are still signing in from the browsing after everyone has: BCrypt makes a
 * burst of sign-ins CPU-bound, and the scenarios report both phases apart. Browsing lasts its full duration
 * from the moment the last person has signed in, which goes to {@link LoadSettings#signedInFile} so that the bench
 * scripts can tell the sign-ins from what follows. One Gatling run is one JVM, so static state is per run.
 */
final class SignIns {
    private static final AtomicInteger done = new AtomicInteger();
    private static final AtomicInteger signingIn = new AtomicInteger();
    private static volatile int expected = Integer.MAX_VALUE;
    private static volatile Instant startedAt = Instant.now();
    private static volatile Instant allDoneAt;

    private SignIns() {
    }

    /** Called as the simulation is set up, just before the first person starts. */
    static void expect(int people) {
        expected = people;
        startedAt = Instant.now();
    }

    /** Counts a sign-in that ended, well or not, so that a failed one does not hold the others' browsing back. */
    static Session ended(Session session) {
        if (done.incrementAndGet() == expected) {
            allDoneAt = Instant.now();
            record(allDoneAt);
        }
        return session;
    }

    private static void record(Instant at) {
        if (LoadSettings.signedInFile.isEmpty()) {
            return;
        }
        try {
            Files.writeString(Path.of(LoadSettings.signedInFile), startedAt.toEpochMilli() + " " + at.toEpochMilli() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes one of the {@link LoadSettings#signInsAtOnce} places for a sign-in beforehand, if one is free. */
    static boolean tryStart() {
        int now;
        do {
            now = signingIn.get();
            if (now >= LoadSettings.signInsAtOnce) {
                return false;
            }
        } while (!signingIn.compareAndSet(now, now + 1));
        return true;
    }

    /** Ends a sign-in beforehand: frees its place and counts it. */
    static Session endedBeforehand(Session session) {
        signingIn.decrementAndGet();
        return ended(session);
    }

    static boolean allDone() {
        return allDoneAt != null;
    }

    /** Whether browsing goes on: until {@code browse} after the last sign-in. */
    static boolean browsing(Duration browse) {
        Instant at = allDoneAt;
        return at == null || Instant.now().isBefore(at.plus(browse));
    }

    /** The wait until {@code delay} after the last sign-in (until that has happened: 200 ms, to look again). */
    static Duration untilAllDonePlus(Duration delay) {
        Instant at = allDoneAt;
        return at == null ? Duration.ofMillis(200) : PmsChains.remaining(at.plus(delay));
    }
}
