package dev.pms.notification;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.pms.support.Api;
import dev.pms.support.Browsers;
import dev.pms.support.IntegrationTest;
import dev.pms.support.UsesBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two people in two browsers: Bob mentions Ann in a comment; Ann's bell counts it without a reload, the inbox links
 * to the task at the comment, opening it clears the count, and Bob is told nothing of his own comment. Bob writes
 * the comment in the task's comment box, choosing Ann from the mention picker.
 */
@UsesBrowser
class InboxBrowserTests extends IntegrationTest {

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
    }

    @Test
    void aMentionReachesTheMentionedPersonsInboxAndLinksToTheComment() {
        Api bob = signUp("Bob Author");
        Api ann = signUp("Ann Mentioned");
        String ws = bob.post("/api/v1/workspaces", Map.of("name", "Acme")).get("id");
        String project = bob.post("/api/v1/workspaces/" + ws + "/projects", Map.of("name", "Website")).get("id");
        ann.post("/api/v1/workspaces/join", Map.of("code", bob.get("/api/v1/workspaces/" + ws + "/invite").get("code")));
        String task = bob.post("/api/v1/workspaces/" + ws + "/tasks", Map.of("projectId", project, "title", "Launch plan")).get("id");

        try (BrowserContext annBrowser = Browsers.person(); BrowserContext bobBrowser = Browsers.person()) {
            Page annPage = signIn(annBrowser, ann.email(), "/w/" + ws);
            Page bobPage = signIn(bobBrowser, bob.email(), "/w/" + ws + "/tasks/" + task);
            assertThat(annPage.locator("#bell")).hasAttribute("aria-label", "Inbox, nothing unread");
            assertThat(annPage.locator("#bell-live[data-inbox=ready]")).hasCount(1);
            annPage.evaluate("() => { window.notReloaded = true; }");

            bobPage.locator("#comment-body").pressSequentially("Could you check the dates, @Ann");
            bobPage.locator("#mention-choices [role=option]").first().click();
            bobPage.locator("#comment-box button[type=submit]").click();
            assertThat(bobPage.locator(".entry-COMMENTED .comment-body")).containsText("Ann Mentioned");
            String comment = bob.get("/api/v1/workspaces/" + ws + "/tasks/" + task + "/comments").json()
                    .get("items").get(0).get("id").asString();

            assertThat(annPage.locator("#bell .bell-count")).hasText("1"); // live: Ann's own stream told her bell
            org.assertj.core.api.Assertions.assertThat(annPage.evaluate("() => window.notReloaded === true")).isEqualTo(true);
            annPage.locator("#bell").click();
            Locator item = annPage.locator("[data-notification]");
            assertThat(item).hasCount(1);
            assertThat(item).containsText("Launch plan");
            assertThat(item).containsText("Bob Author mentioned you in a comment");
            item.getByRole(AriaRole.LINK).click();
            annPage.waitForURL(Pattern.compile(".*/w/" + ws + "/tasks/" + task + "#comment-" + comment + "$"));
            assertThat(annPage.locator("h1")).hasText("Launch plan");
            assertThat(annPage.locator("#bell")).hasAttribute("aria-label", "Inbox, nothing unread");
            // mentioned, so watching: the button offers to stop
            assertThat(annPage.locator("#task-watch button")).hasText("Unwatch");

            bobPage.reload();
            assertThat(bobPage.locator("#bell")).hasAttribute("aria-label", "Inbox, nothing unread");
            bobPage.navigate("http://localhost:" + port + "/notifications");
            assertThat(bobPage.locator("[data-notification]")).hasCount(0);

            moreNews(bob, ann, ws, project, task);
            annPage.navigate("http://localhost:" + port + "/notifications");
            assertThat(annPage.locator("[data-notification]")).hasCount(3);
            assertThat(annPage.locator("#bell .bell-count")).hasText("2");
            Browsers.screenshot(annPage, "inbox");
        }
    }

    @Test
    void theWatchButtonWatchesAndUnwatches() {
        Api bob = signUp("Bob Author");
        Api ann = signUp("Ann Watcher");
        String ws = bob.post("/api/v1/workspaces", Map.of("name", "Acme")).get("id");
        String project = bob.post("/api/v1/workspaces/" + ws + "/projects", Map.of("name", "Website")).get("id");
        ann.post("/api/v1/workspaces/join", Map.of("code", bob.get("/api/v1/workspaces/" + ws + "/invite").get("code")));
        String task = bob.post("/api/v1/workspaces/" + ws + "/tasks", Map.of("projectId", project, "title", "Follow me")).get("id");

        try (BrowserContext annBrowser = Browsers.person()) {
            Page page = signIn(annBrowser, ann.email(), "/w/" + ws + "/tasks/" + task);
            assertThat(page.locator("#watch-count")).hasText("1 person watching");
            page.locator("#task-watch").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Watch")).click();
            assertThat(page.locator("#task-watch button")).hasText("Unwatch");
            assertThat(page.locator("#watch-count")).hasText("2 people watching");
            page.reload();
            assertThat(page.locator("#task-watch button")).hasText("Unwatch");
            page.locator("#task-watch button").click();
            assertThat(page.locator("#task-watch button")).hasText("Watch");
            assertThat(page.locator("#watch-count")).hasText("1 person watching");
        }
    }

    /** An assignment and a status change for the inbox's screenshot, besides the mention already read. */
    private void moreNews(Api bob, Api ann, String ws, String project, String task) {
        bob.post("/api/v1/workspaces/" + ws + "/tasks", Map.of("projectId", project, "title", "Write the release notes",
                "assigneeId", ann.userId()));
        bob.post("/api/v1/workspaces/" + ws + "/tasks/" + task + "/move", Map.of("version", 0, "status", "IN_PROGRESS"));
    }

    private Page signIn(BrowserContext browser, String email, String next) {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/signin?next=" + next);
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("correct horse");
        page.getByLabel("Password").press("Enter");
        page.waitForURL(Pattern.compile(".*" + Pattern.quote(next) + "$"));
        return page;
    }
}
