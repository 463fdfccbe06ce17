package dev.pms.relation;

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

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In the task panel: a new subtask and an existing one added, the progress "1/2 done", a cycle refused in words;
 * a "blocked by" link that shows the Blocked badge on the card and the row; deleting the parent asks about its subtasks;
 * a long list of subtasks shows twenty and "Show more".
 */
@UsesBrowser
class RelationBrowserTests extends IntegrationTest {

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
    }

    @Test
    void subtasksAndABlockerAreAddedInThePanelAndShowOnTheBoardAndTable() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String parent = team.task(owner, "Launch the site");
        String existing = team.task(owner, "Write the copy");
        String blocker = team.task(owner, "Buy the domain");
        String existingKey = owner.get(team.path("/tasks/" + existing)).get("key");
        String blockerKey = owner.get(team.path("/tasks/" + blocker)).get("key");
        String base = "http://localhost:" + port + "/w/" + team.workspaceId;
        try (BrowserContext browser = Browsers.person()) {
            Page page = browser.newPage();
            List<String> cspViolations = new ArrayList<>();
            page.onConsoleMessage(m -> { if (m.text().contains("Content Security Policy")) cspViolations.add(m.text()); });
            signIn(page, owner);

            page.navigate(base + "/tasks/" + parent);
            var subtasks = page.locator("#task-subtasks-section");
            subtasks.getByLabel("New subtask").fill("Draw the banner");
            subtasks.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Create subtask")).click();
            assertThat(page.locator("#task-subtasks-section .subtasks")).containsText("Draw the banner");
            page.locator("#task-subtasks-section").getByLabel("Existing task as subtask").fill(existingKey);
            page.locator("#task-subtasks-section").getByRole(AriaRole.BUTTON,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Add subtask")).click();
            assertThat(page.locator("#task-subtasks-section .subtasks")).containsText("Write the copy");
            assertThat(page.locator("#subtasks-progress")).hasText("0/2 done");

            // the parent cannot go under its own subtask
            page.locator("#task-subtasks-section").getByLabel("Parent task").fill(existingKey);
            page.locator("#task-subtasks-section").getByRole(AriaRole.BUTTON,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Set parent")).click();
            assertThat(page.locator("#task-subtasks-section [role=alert]")).containsText("cannot be below itself");

            page.locator("#task-links-section select[name=kind]").selectOption("blocked by");
            page.locator("#task-links-section").getByLabel("Task", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).fill(blockerKey);
            page.locator("#task-links-section").getByRole(AriaRole.BUTTON,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Add link")).click();
            assertThat(page.locator("#task-links-section li")).containsText("blocked by");
            assertThat(page.locator("#task-links-section li")).containsText("Buy the domain");

            page.navigate(base + "/projects/" + team.projectId + "/board");
            assertThat(page.locator("[data-task='Launch the site'] .badge.blocked")).hasText("Blocked");
            assertThat(page.locator("[data-task='Launch the site']")).containsText("0/2 done");
            assertThat(page.locator("[data-task='Buy the domain'] .badge.blocked")).hasCount(0);
            page.navigate(base + "/tasks");
            assertThat(page.locator("tr[data-task='Launch the site'] .badge.blocked")).hasText("Blocked");

            page.navigate(base + "/tasks/" + parent);
            page.onDialog(dialog -> dialog.accept());
            page.getByLabel("deletes them too").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete task")).click();
            page.waitForURL(base + "/tasks");
            assertThat(cspViolations).isEmpty();
        }
        assertThat(owner.get(team.path("/tasks/" + existing)).status()).isEqualTo(404);
        assertThat(owner.get(team.path("/tasks/" + blocker)).status()).isEqualTo(200);
    }

    @Test
    void thePanelShowsTwentySubtasksAndShowMoreAddsTheRest() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String parent = team.task(owner, "Launch the site");
        for (int i = 1; i <= 21; i++) {
            owner.sendRaw("POST", "/w/" + team.workspaceId + "/tasks/" + parent + "/subtasks", "title=Step+" + i,
                    "application/x-www-form-urlencoded");
        }
        try (BrowserContext browser = Browsers.person()) {
            Page page = browser.newPage();
            signIn(page, owner);
            page.navigate("http://localhost:" + port + "/w/" + team.workspaceId + "/tasks/" + parent);
            var rows = page.locator("#task-subtasks-section .subtasks li[id^=subtask-]");
            assertThat(rows).hasCount(20);
            assertThat(page.locator("#subtasks-progress")).hasText("0/21 done");
            page.locator("#task-subtasks-section").getByRole(AriaRole.BUTTON,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Show more")).click();
            assertThat(rows).hasCount(21);
            assertThat(rows.last()).containsText("Step 21");
            assertThat(page.locator("#task-subtasks-section .subtasks-more")).hasCount(0);
        }
    }

    private void signIn(Page page, Api who) {
        page.navigate("http://localhost:" + port + "/signin");
        page.getByLabel("Email").fill(who.email());
        page.getByLabel("Password").fill("correct horse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("h1")).hasText("Home");
    }
}
