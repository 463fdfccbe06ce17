package dev.pms.platform.web.page;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import dev.pms.support.Browsers;
import dev.pms.support.IntegrationTest;
import dev.pms.support.UsesBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The pages as a team uses them, in headless Chromium: from sign-up to a board, an invite, roles and the calendar. */
@UsesBrowser
class TeamFlowBrowserTests extends IntegrationTest {

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
    }

    @Test
    void ownerPlansOnTheBoardAndAViewerSeesNoEditControls() {
        try (BrowserContext ownerBrowser = Browsers.person(); BrowserContext guestBrowser = Browsers.person()) {
            Page owner = ownerBrowser.newPage();
            Browsers.signUp(owner, port, "/", "Olivia Owner", "olivia@example.com");
            owner.getByLabel("Name").fill("Acme");
            owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create workspace")).click();
            assertThat(owner.locator("h1")).hasText("Home");

            owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Projects").setExact(true)).click();
            owner.getByLabel("Name").fill("Website");
            owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create project")).click();
            owner.locator("[data-project='Website']").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Board")).click();

            quickAdd(owner, "TODO", "Write the copy");
            quickAdd(owner, "TODO", "Design the header");
            createDueToday(owner, "Launch the site");
            assertThat(column(owner, "TODO").locator(".card")).hasCount(3);

            drag(owner, card(owner, "Write the copy"), column(owner, "DONE"));
            owner.reload();
            assertThat(column(owner, "DONE").locator("[data-task='Write the copy']")).hasCount(1);
            assertThat(column(owner, "TODO").locator(".card")).hasCount(2);
            Browsers.screenshot(owner, "board");

            owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members")).click();
            String invite = owner.locator("#invite-link").inputValue();
            Browsers.screenshot(owner, "members");

            Page guest = guestBrowser.newPage();
            Browsers.signUp(guest, port, invite, "Gus Guest", "gus@example.com");
            assertThat(guest.locator("h1")).hasText("You have been invited to join Acme");
            guest.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join Acme")).click();
            assertThat(guest.locator(".switcher summary")).containsText("Member");
            guest.navigate(owner.url().replace("/members", "/tasks"));
            assertThat(guest.getByLabel("Status of Launch the site")).isVisible();

            owner.reload();
            Locator gusRow = owner.locator("[data-member='gus@example.com']");
            gusRow.getByLabel("Role of Gus Guest").selectOption("VIEWER");
            gusRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save role")).click();
            assertThat(owner.locator("[data-member='gus@example.com'] select")).hasValue("VIEWER");

            viewerSeesNoEditControls(guest, owner.url().replace("/members", ""));
            calendarShowsTheDueTask(owner);
            csvImportRunsToTheEndAndItsTasksAreOnTheBoard(owner);
        }
    }

    private void viewerSeesNoEditControls(Page guest, String workspace) {
        guest.navigate(workspace + "/tasks");
        assertThat(guest.locator("[data-task='Launch the site']")).isVisible();
        assertThat(guest.locator("#tasks select")).hasCount(0);
        assertThat(guest.locator("#tasks button")).hasCount(0);
        assertThat(guest.getByText("New task")).hasCount(0);
        guest.locator("[data-task='Launch the site'] a").click();
        assertThat(guest.locator("#task-form")).hasCount(0);
        assertThat(guest.getByText("Delete task")).hasCount(0);
        guest.navigate(workspace + "/projects");
        assertThat(guest.getByText("Archive")).hasCount(0);
        assertThat(guest.getByText("New project")).hasCount(0);
        guest.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Board")).click();
        assertThat(guest.locator(".card")).hasCount(3);
        assertThat(guest.locator(".quick-add")).hasCount(0);
        assertThat(guest.locator("#board[data-moves]")).hasCount(0);
        guest.navigate(workspace + "/members");
        assertThat(guest.locator("#invite-link")).hasCount(0);
        assertThat(guest.locator("main select, main form")).hasCount(0);
    }

    private void calendarShowsTheDueTask(Page owner) {
        owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Calendar")).click();
        assertThat(owner.locator("[data-date='" + LocalDate.now() + "']")).containsText("Launch the site");
        Browsers.screenshot(owner, "calendar");
        owner.locator("[data-date='" + LocalDate.now() + "'] a").first().click();
        assertThat(owner.locator("#task-title")).hasText("Launch the site");
        owner.keyboard().press("Escape");
        owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tasks").setExact(true)).click();
        assertThat(owner.locator("#count")).hasText("3 matching tasks");
        Browsers.screenshot(owner, "table");
        owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Home")).click();
        assertThat(owner.locator("[data-stat='Total tasks'] .value")).hasText("3");
        assertThat(owner.locator("[data-stat='Completed'] .value")).hasText("1");
        Browsers.screenshot(owner, "home");
    }

    private void csvImportRunsToTheEndAndItsTasksAreOnTheBoard(Page owner) {
        owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Imports")).click();
        owner.locator("#file").setInputFiles(new FilePayload("tasks.csv", "text/csv",
                "Summary,Status,Priority\nImported copy,Done,High\nImported logo,To Do,Low\n,Done,Low\n".getBytes(StandardCharsets.UTF_8)));
        owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and preview")).click();
        Locator item = owner.locator("li[data-import='tasks.csv']");
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm and import")).click();
        assertThat(item).hasAttribute("data-status", "SUCCEEDED", new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
        assertThat(item.locator("progress")).hasAttribute("value", "100");
        assertThat(item).containsText("3 rows: 2 imported, 1 rejected");
        assertThat(item.getByText("Download the error report (CSV)")).isVisible();
        Browsers.screenshot(owner, "imports");
        item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open the board")).click();
        assertThat(column(owner, "DONE").locator("[data-task='Imported copy']")).hasCount(1);
        assertThat(column(owner, "TODO").locator("[data-task='Imported logo']")).hasCount(1);
    }


    private static void quickAdd(Page page, String status, String title) {
        Locator form = page.locator(".column:has([data-status='" + status + "']) .quick-add");
        int before = column(page, status).locator(".card").count();
        form.locator("input[name=title]").fill(title);
        form.locator("input[name=title]").press("Enter");
        assertThat(column(page, status).locator(".card")).hasCount(before + 1);
    }

    private static void createDueToday(Page page, String title) {
        String board = page.url();
        page.navigate(board.substring(0, board.indexOf("/projects/")) + "/tasks/new?project="
                + board.replaceAll(".*/projects/([^/]+)/board.*", "$1"));
        page.getByLabel("Title").fill(title);
        page.getByLabel("Due date").fill(LocalDate.now().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create task")).click();
        assertThat(page.locator("#task-title")).hasText(title);
        page.navigate(board);
    }

    private static Locator column(Page page, String status) {
        return page.locator("ul[data-status='" + status + "']");
    }

    private static Locator card(Page page, String title) {
        return page.locator(".card[data-task='" + title + "']");
    }

    /** Drags with real mouse moves, as a person would; waits for the move to be saved. */
    private static void drag(Page page, Locator from, Locator to) {
        BoundingBox source = from.boundingBox();
        BoundingBox target = to.boundingBox();
        page.waitForResponse(r -> r.url().endsWith("/tasks/moves"), () -> {
            page.mouse().move(source.x + source.width / 2, source.y + source.height / 2);
            page.mouse().down();
            page.mouse().move(source.x + source.width / 2 + 10, source.y + source.height / 2 + 10, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
            page.mouse().move(target.x + target.width / 2, target.y + Math.min(target.height / 2, 20), new com.microsoft.playwright.Mouse.MoveOptions().setSteps(15));
            page.mouse().up();
        });
        assertThat(page.locator("#flash .error")).hasCount(0);
        assertThat(page.locator("#board[aria-busy]")).hasCount(0);
        assertThat(to.locator(".card")).not().hasCount(0);
        assertThat(from.count()).isEqualTo(1);
    }
}
