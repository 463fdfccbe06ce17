package dev.pms.load;

import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.*;

/**
 * Scenario 1, morning peak: 500 people sign in within 10 s, then browse at 500 requests/s together for 2 minutes.
 * Target: browsing p95 < 100 ms, p99 < 250 ms, no errors.
 */
public class MorningPeakSimulation extends Simulation {
    {
        SignIns.expect(LoadSettings.users);
        setUp(scenario("morning peak")
                .feed(PmsChains.people(LoadSettings.browserOffset, LoadSettings.users))
                .exec(PmsChains.signInAndBrowse())
                .injectOpen(rampUsers(LoadSettings.users).during(LoadSettings.signInRamp)))
                .protocols(PmsChains.protocol())
                .assertions(
                        details("browse").responseTime().percentile(95.0).lt(100),
                        details("browse").responseTime().percentile(99.0).lt(250),
                        global().failedRequests().count().is(0L));
    }
}
