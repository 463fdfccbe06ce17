package dev.pms.task.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.pms.support.Api;
import dev.pms.support.Browsers;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import dev.pms.support.Team.Seat;
import dev.pms.support.UsesBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two people on one task, each in a browser of their own: what one changes or says, the other's open panel shows
 * without a reload, while a title being typed there stays and meets the conflict treatment when it is saved.
 */
@UsesBrowser
class LiveTaskPanelBrowserTests extends IntegrationTest {
    private static final LocatorAssertions.HasValueOptions SOON = new LocatorAssertions.HasValueOptions().setTimeout(2000);

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
    }

    @Test
    void anOpenPanelShowsOthersChangesAndCommentsAndKeepsTextBeingTyped() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String task = team.task(owner, "Plan the launch");
        String path = "/w/" + team.workspaceId + "/tasks/" + task;
        try (BrowserContext annBrowser = Browsers.person(); BrowserContext bobBrowser = Browsers.person()) {
            Page ann = open(annBrowser, team.get(Seat.MEMBER), path);
            Page bob = open(bobBrowser, owner, path);
            ann.evaluate("() => { window.notReloaded = true; }");
            ann.getByLabel("Title").fill("Plan the big launch"); // typed, not yet saved

            bob.getByLabel("Priority").selectOption("HIGH");
            assertThat(bob.locator("#field-priority .saved")).hasText("Saved");
            bob.getByLabel("Title").fill("Launch day");
            bob.getByLabel("Title").press("Tab");
            assertThat(bob.locator("#field-title .saved")).hasText("Saved");
            assertThat(bob.locator("#stream")).containsText("to “Launch day”");
            bob.locator("#comment-body").fill("Dates are **fixed**");
            bob.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comment").setExact(true)).click();

            assertThat(ann.getByLabel("Priority")).hasValue("HIGH", SOON);
            assertThat(ann.locator("#stream .entry-COMMENTED .comment-body strong")).hasText("fixed");
            assertThat(ann.locator("#task-title")).hasText("Launch day");
            assertThat(ann.getByLabel("Title")).hasValue("Plan the big launch");
            assertThat(ann.locator("#field-title .conflict")).containsText("Someone else changed this field");

            ann.getByLabel("Title").press("Tab"); // saving meets theirs: named, and the typed text stays
            assertThat(ann.locator("#field-title .conflict")).containsText("Theirs: “Launch day”");
            assertThat(ann.getByLabel("Title")).hasValue("Plan the big launch");
            ann.getByLabel("Title").fill("Plan the big launch day");
            ann.getByLabel("Title").press("Tab");
            assertThat(ann.locator("#field-title .saved")).hasText("Saved");
            assertThat(bob.locator("#task-title")).hasText("Plan the big launch day");
            assertThat(ann.evaluate("() => window.notReloaded === true")).isEqualTo(true);
        }
        assertThat(owner.get(team.path("/tasks/" + task)).get("priority")).isEqualTo("HIGH");
    }

    private Page open(BrowserContext browser, Api who, String path) {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/signin?next=" + path);
        page.getByLabel("Email").fill(who.email());
        page.getByLabel("Password").fill("correct horse");
        page.getByLabel("Password").press("Enter");
        assertThat(page.locator(".task-panel[data-live=ready]")).hasCount(1);
        return page;
    }
}
