package dev.pms.load;

import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.*;

/**
 * Scenario 3, end-of-day reporting: 100 people each export a whole project (10,000 tasks when seeded with
 * {@code --projects 5}) as CSV at the same moment. They sign in beforehand, a few at a time ("sign in
 * beforehand"). Target: p95 < 2 s.
 */
public class EndOfDaySimulation extends Simulation {
    {
        SignIns.expect(LoadSettings.exports);
        setUp(scenario("end of day")
                .feed(PmsChains.people(LoadSettings.browserOffset, LoadSettings.exports))
                .exec(PmsChains.signInBeforehand())
                .exec(PmsChains.export())
                .injectOpen(atOnceUsers(LoadSettings.exports)))
                .protocols(PmsChains.protocol())
                .assertions(
                        details("export").responseTime().percentile(95.0).lt(2000),
                        global().failedRequests().count().is(0L));
    }
}
