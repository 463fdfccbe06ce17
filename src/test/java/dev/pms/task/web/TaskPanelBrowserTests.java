package dev.pms.task.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.pms.support.Api;
import dev.pms.support.Browsers;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import dev.pms.support.Team.Seat;
import dev.pms.support.UsesBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The task panel as two people use it: opened from the board, fields saved as they change, comments and mentions. */
@UsesBrowser
class TaskPanelBrowserTests extends IntegrationTest {

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
    }

    @Test
    void aTaskOpensOverTheBoardSavesEachFieldAsItChangesAndTakesCommentsWithMentions() {
        Team team = Team.create(port);
        String taskId = team.task(team.owner(), "Plan the launch");
        Api member = team.get(Seat.MEMBER);
        String board = "/w/" + team.workspaceId + "/projects/" + team.projectId + "/board";
        try (BrowserContext browser = Browsers.person()) {
            Page owner = browser.newPage();
            List<String> cspViolations = new ArrayList<>();
            owner.onConsoleMessage(m -> { if (m.text().contains("Content Security Policy")) cspViolations.add(m.text()); });
            signIn(owner, team.owner().email(), board);

            owner.locator("[data-task='Plan the launch'] a").click();
            Locator panel = owner.locator("#task-panel");
            assertThat(panel).isVisible();
            assertThat(panel.locator("#task-title")).hasText("Plan the launch");
            assertThat(owner).hasURL("http://localhost:" + port + "/w/" + team.workspaceId + "/tasks/" + taskId);
            assertThat(panel.locator("#task-watch")).hasCount(1);
            assertThat(panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save changes"))).hasCount(0);

            panel.getByLabel("Priority").selectOption("HIGH");
            assertThat(panel.locator("#field-priority .saved")).hasText("Saved");
            panel.getByLabel("Title").fill("Plan the big launch");
            panel.getByLabel("Title").press("Tab");
            assertThat(panel.locator("#field-title .saved")).hasText("Saved");
            assertThat(panel.locator("#task-title")).hasText("Plan the big launch");
            assertThat(panel.locator("#stream")).containsText("changed the priority from No priority to High");
            assertThat(panel.locator("#stream")).containsText("renamed the task from “Plan the launch” to “Plan the big launch”");

            Locator box = panel.locator("#comment-body");
            box.pressSequentially("Could you check the copy, @Mem");
            panel.locator("#mention-choices [role=option]").filter(new Locator.FilterOptions().setHasText("Member Person")).click();
            assertThat(box).hasValue("Could you check the copy, @" + member.email() + " ");
            box.pressSequentially("before **Friday**? <script>alert(1)</script>");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Comment").setExact(true)).click();
            Locator comment = panel.locator(".entry-COMMENTED .comment-body");
            assertThat(comment.locator("a.mention")).hasText("@Member Person");
            assertThat(comment.locator("strong")).hasText("Friday");
            assertThat(comment).containsText("<script>alert(1)</script>");
            assertThat(box).hasValue("");
            owner.setViewportSize(1280, 1300); // the whole panel, fields and conversation, in one picture
            panel.evaluate("dialog => dialog.scrollTop = 0");
            Browsers.screenshot(owner, "task-panel");
            owner.setViewportSize(1280, 900);

            owner.keyboard().press("Escape");
            assertThat(panel).not().isVisible();
            assertThat(owner).hasURL("http://localhost:" + port + board);
            assertThat(owner.locator("[data-task='Plan the big launch'] a")).isFocused();
            assertThat(cspViolations).isEmpty();
        }
        assertThat(team.owner().get(team.path("/tasks/" + taskId)).get("priority")).isEqualTo("HIGH");
    }

    @Test
    void theSharedAddressOpensThePanelAloneAndAFieldBothChangedShowsTheirsNamesYoursThenSaves() {
        Team team = Team.create(port);
        Api member = team.get(Seat.MEMBER);
        String taskId = team.task(team.owner(), "Review the copy");
        try (BrowserContext browser = Browsers.person()) {
            browser.route("**/live?task=**", route -> route.abort()); // the panel misses the owner's change: it stays as seen
            Page page = browser.newPage();
            signIn(page, member.email(), "/w/" + team.workspaceId + "/tasks/" + taskId);
            assertThat(page.locator("#task-title")).hasText("Review the copy");
            assertThat(page.locator("#task-panel")).hasCount(0);
            assertThat(page.locator("#stream")).containsText("created the task through the API");

            team.owner().patch(team.path("/tasks/" + taskId), Map.of("version", 0, "priority", "URGENT"));
            page.getByLabel("Priority").selectOption("LOW");
            assertThat(page.locator("#field-priority .conflict")).containsText("changed the priority of 'Review the copy'");
            assertThat(page.locator("#field-priority .conflict")).containsText("yours was “Low”");
            assertThat(page.getByLabel("Priority")).hasValue("URGENT");
            page.getByLabel("Priority").selectOption("LOW");
            assertThat(page.locator("#field-priority .saved")).hasText("Saved");

            page.locator("#comment-body").fill("first take");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comment").setExact(true)).click();
            assertThat(page.locator(".entry-COMMENTED")).containsText("first take");
            page.locator(".entry-COMMENTED summary").click();
            page.getByLabel("Edit your comment").fill("second take");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save comment")).click();
            assertThat(page.locator(".entry-COMMENTED")).containsText("second take");
            assertThat(page.locator(".entry-COMMENTED .edited")).hasText("(edited)");
        }
        assertThat(team.owner().get(team.path("/tasks/" + taskId)).get("priority")).isEqualTo("LOW");
    }

    @Test
    void aViewerReadsTheConversationWithoutFieldsOrCommentBoxAndTheTableOpensThePanelToo() {
        Team team = Team.create(port);
        String taskId = team.task(team.owner(), "Read only");
        team.owner().post(team.path("/tasks/" + taskId + "/comments"), Map.of("body", "Noted by the owner"));
        try (BrowserContext browser = Browsers.person()) {
            Page viewer = browser.newPage();
            signIn(viewer, team.get(Seat.VIEWER).email(), "/w/" + team.workspaceId + "/tasks");
            viewer.locator("[data-task='Read only'] a").click();
            Locator panel = viewer.locator("#task-panel");
            assertThat(panel.locator(".entry-COMMENTED")).containsText("Noted by the owner");
            assertThat(panel.locator("form.field, #comment-box, .comment-actions")).hasCount(0);
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close the task")).click();
            assertThat(panel).not().isVisible();
            assertThat(viewer.locator("[data-task='Read only'] a")).isFocused();
        }
    }

    private void signIn(Page page, String email, String then) {
        page.navigate("http://localhost:" + port + "/signin");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("correct horse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("h1")).hasText("Home");
        page.navigate("http://localhost:" + port + then);
    }
}
