package dev.pms.load;

import io.gatling.javaapi.core.Session;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tells the browsing while people are still signing in from the browsing after everyone has: BCrypt makes a
 * burst of sign-ins CPU-bound, and the scenarios report both phases apart. Browsing lasts its full duration
 * from the moment the last person has signed in. One Gatling run is one JVM, so static state is per run.
 */
final class SignIns {
    private static final AtomicInteger done = new AtomicInteger();
    private static volatile int expected = Integer.MAX_VALUE;
    private static volatile Instant allDoneAt;

    private SignIns() {
    }

    static void expect(int people) {
        expected = people;
    }

    /** Counts a sign-in that ended, well or not, so that a failed one does not hold the others' browsing back. */
    static Session ended(Session session) {
        if (done.incrementAndGet() >= expected) {
            allDoneAt = Instant.now();
        }
        return session;
    }

    static boolean allDone() {
        return allDoneAt != null;
    }

    /** Whether browsing goes on: until {@code browse} after the last sign-in. */
    static boolean browsing(Duration browse) {
        Instant at = allDoneAt;
        return at == null || Instant.now().isBefore(at.plus(browse));
    }

    /** When uploads should start: {@code delay} after the last sign-in (far in the future until then). */
    static Duration untilAllDonePlus(Duration delay) {
        Instant at = allDoneAt;
        return at == null ? Duration.ofMillis(200) : PmsChains.remaining(at.plus(delay));
    }
}
