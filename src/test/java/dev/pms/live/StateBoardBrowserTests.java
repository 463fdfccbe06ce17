package dev.pms.live;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.pms.support.Api;
import dev.pms.support.Browsers;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import dev.pms.support.UsesBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A board with the project's seven states: a card dropped into a custom state's column is in that state, for everyone
 * at once; a state removed leaves every open board without its column, its cards in the state they moved to.
 */
@UsesBrowser
class StateBoardBrowserTests extends IntegrationTest {

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
    }

    @Test
    void aCardDroppedIntoACustomStateIsInThatStateAndTheOtherBoardShowsItThere() {
        Team team = Team.create(port);
        Api a = team.owner();
        Api b = team.get(Team.Seat.MEMBER);
        String states = team.path("/projects/" + team.projectId + "/states");
        a.post(states, Map.of("name", "Ready for deploy", "category", "IN_REVIEW"));
        String verified = a.post(states, Map.of("name", "Verified", "category", "DONE")).get("id");
        String task = team.task(a, "Release notes");
        try (BrowserContext annBrowser = Browsers.person(); BrowserContext bobBrowser = Browsers.person()) {
            Page ann = BoardPages.open(annBrowser, port, a, team.workspaceId, team.projectId);
            Page bob = BoardPages.open(bobBrowser, port, b, team.workspaceId, team.projectId);
            assertThat(ann.locator("section.column")).hasCount(7);
            assertThat(ann.locator("section.column h2")).containsText(new String[]{"Backlog", "To do", "In progress", "In review",
                    "Ready for deploy", "Done", "Verified"});

            ann.waitForResponse(r -> r.url().endsWith("/tasks/moves") && r.status() == 200, () ->
                    BoardPages.drag(ann, ann.locator(".card[data-task='Release notes']"), ann.locator("ul[data-state='" + verified + "']")));
            assertThat(bob.locator("ul[data-state='" + verified + "'] .card[data-task='Release notes']"))
                    .hasCount(1, LiveBoardBrowserTests.WITHIN_A_SECOND);
            assertThat(bob.locator("section.column:has(ul[data-state='" + verified + "']) .count")).hasText("1");
            JsonNode dropped = a.get(team.path("/tasks/" + task)).json();
            org.assertj.core.api.Assertions.assertThat(dropped.get("status").asString()).isEqualTo("DONE");
            org.assertj.core.api.Assertions.assertThat(dropped.get("state").get("name").asString()).isEqualTo("Verified");

            // removing the state: the open board drops its column and shows the card where it moved
            org.assertj.core.api.Assertions.assertThat(a.delete(states + "/" + verified).status()).isEqualTo(200);
            assertThat(bob.locator("section.column")).hasCount(6,
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(5000));
            assertThat(bob.locator("section.column:has(h2:has-text('Done')) .card[data-task='Release notes']")).hasCount(1);
        }
    }
}
