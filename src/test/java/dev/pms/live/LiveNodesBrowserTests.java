package dev.pms.live;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.zaxxer.hikari.HikariDataSource;
import dev.pms.support.Api;
import dev.pms.support.AppInstance;
import dev.pms.support.Browsers;
import dev.pms.support.IntegrationTest;
import dev.pms.support.StartsNodes;
import dev.pms.support.Team;
import dev.pms.support.UsesBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A on node 1, B's board on node 2 of the same PostgreSQL: B sees A's move and title edit within a second. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@StartsNodes
@UsesBrowser
class LiveNodesBrowserTests extends IntegrationTest {
    @Autowired
    HikariDataSource dataSource;
    private AppInstance second;

    @BeforeAll
    void startSecondNode() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
        URI jdbcUrl = URI.create(dataSource.getJdbcUrl().substring("jdbc:".length()));
        second = AppInstance.start("postgres://postgres:postgres@localhost:" + jdbcUrl.getPort() + "/postgres", "pms.jobs.enabled=false");
    }

    @AfterAll
    void stopSecondNode() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void bOnTheSecondNodeSeesAsChangesMadeOnTheFirst() {
        Team team = Team.create(port);
        Api a = team.owner();
        String task = team.task(a, "Book the venue");
        try (BrowserContext bobBrowser = Browsers.person()) {
            Page bob = BoardPages.open(bobBrowser, second.port(), team.get(Team.Seat.MEMBER), team.workspaceId, team.projectId);
            a.post(team.path("/tasks/" + task + "/move"), Map.of("version", 0, "status", "DONE"));
            assertThat(bob.locator("ul[data-status='DONE'] .card[data-task='Book the venue']")).hasCount(1, LiveBoardBrowserTests.WITHIN_A_SECOND);
            a.patch(team.path("/tasks/" + task), Map.of("version", 1, "title", "Venue booked"));
            assertThat(bob.locator("ul[data-status='DONE'] .card[data-task='Venue booked']")).hasCount(1, LiveBoardBrowserTests.WITHIN_A_SECOND);
        }
    }
}
