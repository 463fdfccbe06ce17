package dev.pms.load;

import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.*;

/**
 * Scenario 2, upload storm: 50 people (owners, admins, managers) sign in, then each uploads a 1,000-row CSV at
 * the same moment. Target: every import SUCCEEDED, p95 from upload to SUCCEEDED < 2 s, no errors.
 */
public class UploadStormSimulation extends Simulation {
    {
        SignIns.expect(LoadSettings.uploads);
        setUp(scenario("upload storm")
                .feed(PmsChains.people(0, LoadSettings.uploads))
                .exec(PmsChains.signInAndWait(Duration.ofSeconds(1)))
                .exec(PmsChains.upload())
                .injectOpen(rampUsers(LoadSettings.uploads).during(Duration.ofSeconds(Math.max(1, LoadSettings.uploads / 10)))))
                .protocols(PmsChains.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }
}
