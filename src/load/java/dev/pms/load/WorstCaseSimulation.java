package dev.pms.load;

import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.*;

/**
 * Scenario 4, worst case: 500 people browse at 500 requests/s; 10 s after everyone (browsers and uploaders) has
 * signed in, 100 uploads start at the same moment. Target: browsing p95 < 250 ms, no errors; bench/capacity.sh
 * then checks that the task count is exactly seeded plus imported.
 */
public class WorstCaseSimulation extends Simulation {
    {
        SignIns.expect(LoadSettings.users + LoadSettings.uploads);
        Duration uploadsAfter = Duration.ofSeconds(Math.min(10, LoadSettings.browse.toSeconds() / 4));
        setUp(
                scenario("browsing")
                        .feed(PmsChains.people(LoadSettings.browserOffset, LoadSettings.users))
                        .exec(PmsChains.signInAndBrowse())
                        .injectOpen(rampUsers(LoadSettings.users).during(LoadSettings.signInRamp)),
                scenario("uploads")
                        .feed(PmsChains.people(0, LoadSettings.uploads))
                        .exec(PmsChains.signInAndWait(uploadsAfter))
                        .exec(PmsChains.upload())
                        .injectOpen(rampUsers(LoadSettings.uploads).during(LoadSettings.signInRamp)))
                .protocols(PmsChains.protocol())
                .assertions(
                        details("browse").responseTime().percentile(95.0).lt(250),
                        global().failedRequests().count().is(0L));
    }
}
