package dev.pms.load;

import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.time.Instant;

import static io.gatling.javaapi.core.CoreDsl.*;

/**
 * Scenario 2, upload storm: 50 people (owners, admins, managers) each upload a 1,000-row CSV at the same moment.
 * Target: every import SUCCEEDED, p95 from upload to SUCCEEDED < 2 s, no errors.
 */
public class UploadStormSimulation extends Simulation {
    {
        Duration signIns = Duration.ofSeconds(Math.max(1, LoadSettings.uploads / 10));
        Instant uploadAt = Instant.now().plus(signIns).plusSeconds(3);
        setUp(scenario("upload storm")
                .feed(PmsChains.people(0, LoadSettings.uploads))
                .exec(PmsChains.signIn())
                .exec(PmsChains.uploadAt(uploadAt))
                .injectOpen(rampUsers(LoadSettings.uploads).during(signIns)))
                .protocols(PmsChains.protocol())
                .assertions(
                        details("upload to SUCCEEDED").responseTime().percentile(95.0).lt(2000),
                        global().failedRequests().count().is(0L));
    }
}
