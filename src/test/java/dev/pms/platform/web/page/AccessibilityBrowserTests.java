package dev.pms.platform.web.page;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.pms.imports.Uploads;
import dev.pms.support.Api;
import dev.pms.support.Browsers;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import dev.pms.support.UsesBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every kind of page, seen by the role that sees it, has no axe-core violation (default rule set, all impacts). */
@UsesBrowser
class AccessibilityBrowserTests extends IntegrationTest {

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
    }

    @Test
    void everyPageTypeHasNoAxeViolations() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String task = team.task(owner, "Write the launch post");
        owner.patch(team.path("/tasks/" + task), Map.of("version", 0, "dueDate", java.time.LocalDate.now().toString()));
        team.task(owner, "Check the links");
        String code = owner.get(team.path("/invite")).get("code");
        String ws = "/w/" + team.workspaceId;
        try (BrowserContext ownerBrowser = Browsers.person(); BrowserContext viewerBrowser = Browsers.person();
             BrowserContext outsiderBrowser = Browsers.person(); BrowserContext anonymousBrowser = Browsers.person()) {
            Page anonymous = anonymousBrowser.newPage();
            check(anonymous, "/signin", "Sign in");
            check(anonymous, "/signup", "Create your");

            // the owner signed up first, so is also the instance admin
            Page page = signIn(ownerBrowser, owner.email());
            check(page, "/workspaces", "Your workspaces");
            check(page, ws, "Home");
            check(page, ws + "/projects", "Projects");
            check(page, ws + "/projects/" + team.projectId + "/board", "Website");
            check(page, ws + "/tasks", "Tasks");
            assertThat(page.locator("th[aria-sort]")).hasCount(1);
            check(page, ws + "/tasks?sort=CREATED", "Tasks");
            assertThat(page.locator("th[aria-sort=descending]")).containsText("Created");
            check(page, ws + "/tasks?sort=TITLE", "Tasks");
            assertThat(page.locator("th[aria-sort=ascending]")).containsText("Title");
            check(page, ws + "/tasks/new?project=" + team.projectId, "New task");
            check(page, ws + "/tasks/" + task, "Write the launch post");
            check(page, ws + "/calendar", String.valueOf(java.time.LocalDate.now().getYear()));
            check(page, ws + "/members", "Members");
            check(page, ws + "/imports", "Imports");
            Uploads.importFile(team, "tasks.csv", "Title,Status\nImported,Done\n,Done\n".getBytes(StandardCharsets.UTF_8));
            check(page, ws + "/imports", "Imports");
            assertThat(page.locator("li[data-import='tasks.csv']")).isVisible();
            check(page, "/admin/system", "System");
            check(page, "/no/such/page", "Not found");
            check(page, ws + "/tasks/" + UUID.randomUUID(), "Not found");
            Browsers.screenshot(page, "not-found-task");

            Page viewer = signIn(viewerBrowser, team.get(Team.Seat.VIEWER).email());
            check(viewer, ws + "/tasks/" + task, "Write the launch post");
            assertThat(viewer.locator("#task-form")).hasCount(0);
            check(viewer, ws + "/tasks/new", "Not allowed");
            Browsers.screenshot(viewer, "not-allowed");

            Page outsider = signIn(outsiderBrowser, team.get(Team.Seat.OUTSIDER).email());
            check(outsider, "/join/" + code, "Acme");
        }
    }

    private Page signIn(BrowserContext browser, String email) {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/signin");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("correct horse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForLoadState();
        return page;
    }

    /** Opens the page, waits for what htmx loads after it, and runs axe-core over the whole document. */
    private void check(Page page, String path, String heading) {
        page.navigate("http://localhost:" + port + path);
        assertThat(page.locator("h1").first()).containsText(heading);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        List<Rule> violations = new AxeBuilder(page).analyze().getViolations();
        assertThat(violations).as(path + " has axe violations: " + describe(violations)).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + ") at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
