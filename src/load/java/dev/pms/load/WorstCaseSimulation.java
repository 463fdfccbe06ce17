package dev.pms.load;

import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.*;

/**
 * Scenario 4, worst case: 100 uploads and 500 requests/s of browsing at once. The scenario is about browsing and
 * imports, not about signing in (scenario 1 is the sign-in storm), so its 600 people sign in beforehand, a few at a
 * time ("sign in beforehand", outside the verdicts); then, at the same moment, the 100 uploads start and browsing
 * starts at 500 requests/s for its full duration. Target: browsing p95 < 250 ms, no failed browsing or upload;
 * bench/capacity.sh then checks that the task count is exactly seeded plus imported.
 */
public class WorstCaseSimulation extends Simulation {
    {
        SignIns.expect(LoadSettings.users + LoadSettings.uploads);
        setUp(
                scenario("browsing")
                        .feed(PmsChains.people(LoadSettings.browserOffset, LoadSettings.users))
                        .exec(PmsChains.signInBeforehand())
                        .exec(PmsChains.browseFromStart())
                        .injectOpen(atOnceUsers(LoadSettings.users)),
                scenario("uploads")
                        .feed(PmsChains.people(0, LoadSettings.uploads))
                        .exec(PmsChains.signInBeforehand())
                        .exec(PmsChains.upload())
                        .injectOpen(atOnceUsers(LoadSettings.uploads)))
                .protocols(PmsChains.protocol())
                .assertions(
                        details("browse").responseTime().percentile(95.0).lt(250),
                        details("browse").failedRequests().count().is(0L),
                        details("upload to SUCCEEDED").failedRequests().count().is(0L),
                        details("import result").failedRequests().count().is(0L),
                        // not a verdict on PMS under load: a person who could not sign in took no part
                        details("sign in beforehand").failedRequests().count().is(0L));
    }
}
