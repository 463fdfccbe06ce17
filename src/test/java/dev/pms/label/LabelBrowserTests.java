package dev.pms.label;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.pms.support.Browsers;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import dev.pms.support.UsesBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A label ticked in the task panel is saved at once, shows on the card, and the board's label filter finds it. */
@UsesBrowser
class LabelBrowserTests extends IntegrationTest {

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
    }

    @Test
    void aLabelTickedInThePanelShowsOnItsCardAndFiltersTheBoard() {
        Team team = Team.create(port);
        team.owner().post(team.path("/labels"), Map.of("name", "Bug", "colour", "RED"));
        String taskId = team.task(team.owner(), "Fix the menu");
        team.task(team.owner(), "Write the docs");
        String board = "/w/" + team.workspaceId + "/projects/" + team.projectId + "/board";
        try (BrowserContext browser = Browsers.person()) {
            Page page = browser.newPage();
            List<String> cspViolations = new ArrayList<>();
            page.onConsoleMessage(m -> { if (m.text().contains("Content Security Policy")) cspViolations.add(m.text()); });
            page.navigate("http://localhost:" + port + "/signin");
            page.getByLabel("Email").fill(team.owner().email());
            page.getByLabel("Password").fill("correct horse");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page.locator("h1")).hasText("Home");

            page.navigate("http://localhost:" + port + "/w/" + team.workspaceId + "/tasks/" + taskId);
            page.locator("#task-labels-form").getByLabel("Bug").check();
            assertThat(page.locator("#task-labels-form [role=status]")).hasText("Saved");

            page.navigate("http://localhost:" + port + board);
            assertThat(page.locator("[data-task='Fix the menu'] .label.label-red")).hasText("Bug");
            page.locator("#b-label").selectOption("Bug");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
            assertThat(page.locator("[data-task='Fix the menu']")).isVisible();
            assertThat(page.locator("[data-task='Write the docs']")).hasCount(0);
            Locator bug = page.locator(".label.label-red").first();
            assertThat(bug.evaluate("e => getComputedStyle(e).backgroundColor")).isNotEqualTo("rgba(0, 0, 0, 0)");
            assertThat(cspViolations).isEmpty();
        }
    }
}
