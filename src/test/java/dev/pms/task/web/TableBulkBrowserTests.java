package dev.pms.task.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.pms.support.Api;
import dev.pms.support.Browsers;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import dev.pms.support.UsesBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The table as a person uses it: select rows, change them all at once and undo it; sort a column both ways; hide columns. */
@UsesBrowser
class TableBulkBrowserTests extends IntegrationTest {
    Team team;
    Api owner;

    @BeforeEach
    void tasks() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
        team = Team.create(port);
        owner = team.owner();
        for (String title : List.of("Bravo", "Alpha", "Charlie")) {
            team.task(owner, title);
        }
    }

    @Test
    void selectAllThenOneChangeForEveryRowAndUndoFromTheMessage() {
        try (BrowserContext browser = Browsers.person()) {
            Page page = signedIn(browser, "/tasks");
            assertThat(page.locator("#bulk-count")).hasText("No task selected");
            page.getByLabel("Select all tasks on this page").check();
            assertThat(page.locator("#bulk-count")).hasText("3 tasks selected");
            page.getByLabel("Select Alpha").uncheck();
            assertThat(page.locator("#bulk-count")).hasText("2 tasks selected");
            page.locator("#b-status").selectOption("DONE");
            page.locator("#b-priority").selectOption("HIGH");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply to selected")).click();

            assertThat(page.locator(".notice")).containsText("Changed 2 tasks.");
            assertThat(page.getByLabel("Status of Bravo")).hasValue("DONE");
            assertThat(page.getByLabel("Status of Charlie")).hasValue("DONE");
            assertThat(page.getByLabel("Status of Alpha")).hasValue("TODO");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo")).click();
            assertThat(page.locator(".notice")).containsText("Undone: 2 tasks as they were before.");
            assertThat(page.getByLabel("Status of Bravo")).hasValue("TODO");
            assertThat(page.getByLabel("Status of Charlie")).hasValue("TODO");
        }
    }

    @Test
    void aBulkDeleteAsksFirstAndUndoBringsTheTasksBack() {
        try (BrowserContext browser = Browsers.person()) {
            Page page = signedIn(browser, "/tasks");
            page.getByLabel("Select Alpha").check();
            page.getByLabel("Delete them").check();
            page.onceDialog(dialog -> dialog.accept());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply to selected")).click();
            assertThat(page.locator(".notice")).containsText("Changed 1 task.");
            assertThat(page.locator("tbody tr")).hasCount(2);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo")).click();
            assertThat(page.locator("tbody tr")).hasCount(3);
        }
    }

    @Test
    void aSortedHeaderTurnsTheOtherWayWhenClickedAndSaysSo() {
        try (BrowserContext browser = Browsers.person()) {
            Page page = signedIn(browser, "/tasks");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Title").setExact(true)).click();
            page.waitForURL(Pattern.compile(".*sort=TITLE$"));
            assertThat(page.locator("th[aria-sort]")).hasAttribute("aria-sort", "ascending");
            assertThat(page.locator("tbody tr").first()).containsText("Alpha");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Title"))).click();
            page.waitForURL(Pattern.compile(".*sort=TITLE&direction=desc$"));
            assertThat(page.locator("th[aria-sort]")).hasAttribute("aria-sort", "descending");
            assertThat(page.locator("th[aria-sort]")).containsText("Title");
            assertThat(page.locator("tbody tr").first()).containsText("Charlie");
            assertThat(page.locator("tbody tr").last()).containsText("Alpha");
        }
    }

    @Test
    void theColumnMenuHidesTheColumnsLeftOutAndKeepsTheChoiceInTheAddress() {
        try (BrowserContext browser = Browsers.person()) {
            Page page = signedIn(browser, "/tasks");
            page.locator("details.columns summary").click();
            page.locator("details.columns input[value=created]").uncheck();
            page.locator("details.columns input[value=project]").uncheck();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
            page.waitForURL(Pattern.compile(".*col=status.*"));
            assertThat(page.locator("th.col-created")).isHidden();
            assertThat(page.locator("td.col-project").first()).isHidden();
            assertThat(page.locator("th.col-due")).isVisible();
        }
    }

    private Page signedIn(BrowserContext browser, String rest) {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/signin?next=/w/" + team.workspaceId + rest);
        page.getByLabel("Email").fill(owner.email());
        page.getByLabel("Password").fill("correct horse");
        page.getByLabel("Password").press("Enter");
        page.waitForURL(Pattern.compile(".*/w/" + team.workspaceId + rest + "$"));
        return page;
    }
}
