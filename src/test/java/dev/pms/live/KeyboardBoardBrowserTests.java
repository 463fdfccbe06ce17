package dev.pms.live;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
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

/** Create a task, open it, change its status and move its card, with the keyboard alone; the focus is visible and never on the body. */
@UsesBrowser
class KeyboardBoardBrowserTests extends IntegrationTest {
    private Team team;

    @BeforeEach
    void setUp() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
        team = Team.create(port);
    }

    @Test
    void aTaskIsCreatedOpenedChangedAndMovedWithTheKeyboardAlone() {
        Api owner = team.owner();
        try (BrowserContext browser = Browsers.person()) {
            Page page = BoardPages.open(browser, port, owner, team.workspaceId, team.projectId);
            String board = page.url();

            tabTo(page, "#add-TODO");
            page.keyboard().type("Keyboard task");
            page.keyboard().press("Enter");
            assertThat(page.locator("ul[data-status='TODO'] .card[data-task='Keyboard task']")).hasCount(1);
            assertFocusVisible(page, "#add-TODO");

            tabTo(page, ".card[data-task='Keyboard task'] a", "Shift+Tab"); // the card is above the field
            page.keyboard().press("Enter"); // the task panel opens over the board, at the task's address
            page.waitForURL("**/tasks/*");
            tabTo(page, "#t-status");
            page.keyboard().press("ArrowDown"); // the panel saves a field as it changes
            assertThat(page.locator("#field-status .saved")).hasText("Saved");
            assertFocusVisible(page, "#t-status");
            page.keyboard().press("Escape"); // closes the panel: the focus goes back to the task's card on the board
            page.waitForURL(board);
            assertThat(page.locator("ul[data-status='IN_PROGRESS'] .card[data-task='Keyboard task']")).hasCount(1);
            assertThat(page.locator("[data-live=ready]")).hasCount(1);
            tabTo(page, "ul[data-status='IN_PROGRESS'] .card[data-task='Keyboard task']", "Shift+Tab");
            page.waitForResponse(r -> r.url().endsWith("/tasks/moves") && r.status() == 200, () -> page.keyboard().press("Alt+ArrowRight"));
            assertThat(page.locator("ul[data-status='IN_REVIEW'] .card[data-task='Keyboard task']")).hasCount(1);
            assertThat(page.locator("#board-announce")).hasText("Keyboard task moved to In review, position 1 of 1.");
            assertFocusVisible(page, ".card[data-task='Keyboard task']");
            page.waitForTimeout(1500); // the board's own live refresh swaps the grid: the focus comes back to the card
            assertFocusVisible(page, ".card[data-task='Keyboard task']");
        }
        var task = owner.get(team.path("/tasks?project=" + team.projectId)).json().get("items").get(0);
        assertThat(task.get("status").asString()).isEqualTo("IN_REVIEW");
    }

    /**
     * Closing the panel after a change redraws the board; a person who has moved the focus to a card before that redraw
     * lands keeps it there, and Alt+Right moves the card. The redraw is held back until the person is on the card.
     */
    @Test
    void aBoardRedrawnAfterThePanelClosesLeavesTheFocusWhereThePersonPutIt() {
        Api owner = team.owner();
        team.task(owner, "Held task");
        try (BrowserContext browser = Browsers.person()) {
            Page page = BoardPages.open(browser, port, owner, team.workspaceId, team.projectId);
            String board = page.url();
            String card = ".card[data-task='Held task']";
            page.locator(card + " a").click();
            page.waitForURL("**/tasks/*");
            page.locator("#t-status").selectOption("IN_PROGRESS");
            assertThat(page.locator("#field-status .saved")).hasText("Saved");
            assertThat(page.locator("ul[data-status='IN_PROGRESS'] " + card)).hasCount(1); // the live redraw under the panel is done

            List<Route> held = new ArrayList<>(); // the redraw that closing the panel asks for (not a live one)
            page.route("**/board/grid**", route -> {
                if ("board-live".equals(route.request().headers().get("hx-trigger"))) route.resume();
                else held.add(route);
            });
            page.keyboard().press("Escape");
            page.waitForURL(board);
            page.waitForCondition(() -> !held.isEmpty());
            shiftTabTo(page, card);
            page.evaluate("() => { document.getElementById('board').dataset.old = 'true'; }");
            held.forEach(Route::resume);
            page.waitForFunction("() => document.getElementById('board') && !document.getElementById('board').dataset.old");

            assertThat(page.evaluate("s => document.activeElement?.matches(s)", card)).as("the card keeps the focus").isEqualTo(true);
            page.waitForResponse(r -> r.url().endsWith("/tasks/moves") && r.status() == 200, () -> page.keyboard().press("Alt+ArrowRight"));
            assertThat(page.locator("ul[data-status='IN_REVIEW'] " + card)).hasCount(1);
        }
    }

    /** Presses Shift+Tab until {@code selector} has the focus (from wherever the page put it). */
    private static void shiftTabTo(Page page, String selector) {
        for (int i = 0; i < 80; i++) {
            if ((Boolean) page.evaluate("s => document.activeElement?.matches(s) === true", selector)) {
                return;
            }
            page.keyboard().press("Shift+Tab");
        }
        throw new AssertionError("Shift+Tab never reached " + selector);
    }

    private static void tabTo(Page page, String selector) {
        tabTo(page, selector, "Tab");
    }

    /** Presses {@code key} until {@code selector} has the focus, checking on the way that the focus is never on the body. */
    private static void tabTo(Page page, String selector, String key) {
        for (int i = 0; i < 80; i++) {
            if ((Boolean) page.evaluate("s => document.activeElement?.matches(s) === true", selector)) {
                return;
            }
            page.keyboard().press(key);
            assertThat(page.evaluate("() => document.activeElement === document.body")).as("focus on the body").isEqualTo(false);
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private static void assertFocusVisible(Page page, String selector) {
        assertThat(page.evaluate("s => document.activeElement?.matches(s) && document.activeElement.matches(':focus-visible')", selector))
                .as("%s has the visible focus", selector).isEqualTo(true);
    }
}
