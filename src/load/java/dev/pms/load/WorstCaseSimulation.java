package dev.pms.load;

import io.gatling.javaapi.core.Simulation;

import java.time.Instant;

import static io.gatling.javaapi.core.CoreDsl.*;

/**
 * Scenario 4, worst case: 100 uploads at the same moment while 500 people browse at 500 requests/s. Target:
 * browsing p95 < 250 ms, no errors; bench/capacity.sh then checks the task count is exactly seeded plus imported.
 */
public class WorstCaseSimulation extends Simulation {
    {
        Instant browseStarts = Instant.now().plus(LoadSettings.signInRamp);
        Instant browseEnds = browseStarts.plus(LoadSettings.browse);
        // the uploads start once the browsing has reached its full rate
        Instant uploadAt = browseStarts.plusSeconds(Math.min(10, LoadSettings.browse.toSeconds() / 4));
        setUp(
                scenario("browsing")
                        .feed(PmsChains.people(LoadSettings.browserOffset, LoadSettings.users))
                        .exec(PmsChains.signIn())
                        .exec(PmsChains.browseUntil(browseEnds))
                        .injectOpen(rampUsers(LoadSettings.users).during(LoadSettings.signInRamp)),
                scenario("uploads")
                        .feed(PmsChains.people(0, LoadSettings.uploads))
                        .exec(PmsChains.signIn())
                        .exec(PmsChains.uploadAt(uploadAt))
                        .injectOpen(rampUsers(LoadSettings.uploads).during(LoadSettings.signInRamp)))
                .protocols(PmsChains.protocol())
                .assertions(
                        details("browse").responseTime().percentile(95.0).lt(250),
                        global().failedRequests().count().is(0L));
    }
}
