package dev.pms.load;

import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.time.Instant;

import static io.gatling.javaapi.core.CoreDsl.*;

/**
 * Scenario 3, end-of-day reporting: 100 people each export a whole project (10,000 tasks when seeded with
 * {@code --projects 5}) as CSV at the same moment. Target: p95 < 2 s.
 */
public class EndOfDaySimulation extends Simulation {
    {
        Duration signIns = Duration.ofSeconds(Math.max(1, LoadSettings.exports / 10));
        Instant exportAt = Instant.now().plus(signIns).plusSeconds(3);
        setUp(scenario("end of day")
                .feed(PmsChains.people(LoadSettings.browserOffset, LoadSettings.exports))
                .exec(PmsChains.signIn())
                .exec(PmsChains.exportAt(exportAt))
                .injectOpen(rampUsers(LoadSettings.exports).during(signIns)))
                .protocols(PmsChains.protocol())
                .assertions(
                        details("export").responseTime().percentile(95.0).lt(2000),
                        global().failedRequests().count().is(0L));
    }
}
