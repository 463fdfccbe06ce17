package dev.pms.load;

import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.*;

/**
 * Scenario 3, end-of-day reporting: 100 people sign in, then each exports a whole project (10,000 tasks when
 * seeded with {@code --projects 5}) as CSV at the same moment. Target: p95 < 2 s.
 */
public class EndOfDaySimulation extends Simulation {
    {
        SignIns.expect(LoadSettings.exports);
        setUp(scenario("end of day")
                .feed(PmsChains.people(LoadSettings.browserOffset, LoadSettings.exports))
                .exec(PmsChains.signInAndWait(Duration.ofSeconds(1)))
                .exec(PmsChains.export())
                .injectOpen(rampUsers(LoadSettings.exports).during(Duration.ofSeconds(Math.max(1, LoadSettings.exports / 10)))))
                .protocols(PmsChains.protocol())
                .assertions(
                        details("export").responseTime().percentile(95.0).lt(2000),
                        global().failedRequests().count().is(0L));
    }
}
