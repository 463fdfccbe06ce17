package dev.pms.support;

import org.junit.jupiter.api.BeforeEach;

/** An integration test whose every test starts from a fresh {@link Team}, acting mostly as its owner. */
public abstract class TeamTest extends IntegrationTest {
    protected Team team;
    protected Api owner;

    @BeforeEach
    void team() {
        team = Team.create(port);
        owner = team.owner();
    }
}
