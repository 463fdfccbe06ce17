package dev.pms.load;

import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.*;

/**
 * Scenario 2, upload storm: 50 people (owners, admins, managers) each upload a 1,000-row CSV at the same moment.
 * They sign in beforehand, a few at a time ("sign in beforehand"): the storm is about imports, not BCrypt.
 * Target: every import SUCCEEDED, p95 from upload to SUCCEEDED < 2 s, no errors.
 */
public class UploadStormSimulation extends Simulation {
    {
        SignIns.expect(LoadSettings.uploads);
        setUp(scenario("upload storm")
                .feed(PmsChains.people(0, LoadSettings.uploads))
                .exec(PmsChains.signInBeforehand())
                .exec(PmsChains.upload())
                .injectOpen(atOnceUsers(LoadSettings.uploads)))
                .protocols(PmsChains.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }
}
