package dev.pms.live;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.pms.imports.Uploads;
import dev.pms.support.Api;
import dev.pms.support.Browsers;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import dev.pms.support.UsesBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Two people on one board, each in a browser of their own: what one does, the other sees within a second. */
@UsesBrowser
class LiveBoardBrowserTests extends IntegrationTest {
    static final LocatorAssertions.HasCountOptions WITHIN_A_SECOND = new LocatorAssertions.HasCountOptions().setTimeout(1000);
    private Team team;

    @BeforeEach
    void setUp() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
        team = Team.create(port);
    }

    @Test
    void bSeesAsMoveAndTitleEditWithoutAReload() {
        Api a = team.owner();
        Api b = team.get(Team.Seat.MEMBER);
        String task = team.task(a, "Draft the newsletter");
        try (BrowserContext annBrowser = Browsers.person(); BrowserContext bobBrowser = Browsers.person()) {
            Page ann = BoardPages.open(annBrowser, port, a, team.workspaceId, team.projectId);
            Page bob = BoardPages.open(bobBrowser, port, b, team.workspaceId, team.projectId);
            bob.evaluate("() => { window.notReloaded = true; }");

            ann.waitForResponse(r -> r.url().endsWith("/tasks/moves") && r.status() == 200, () ->
                    BoardPages.drag(ann, ann.locator(".card[data-task='Draft the newsletter']"), ann.locator("ul[data-status='IN_PROGRESS']")));
            assertThat(bob.locator("ul[data-status='IN_PROGRESS'] .card[data-task='Draft the newsletter']")).hasCount(1, WITHIN_A_SECOND);

            a.patch(team.path("/tasks/" + task), Map.of("version", 1, "title", "Send the newsletter"));
            assertThat(bob.locator("ul[data-status='IN_PROGRESS'] .card[data-task='Send the newsletter']")).hasCount(1, WITHIN_A_SECOND);
            assertThat(bob.locator(".card")).hasCount(1);
            org.assertj.core.api.Assertions.assertThat(bob.evaluate("() => window.notReloaded === true")).isEqualTo(true);
        }
    }

    @Test
    void anImportAndItsUndoEachShowOneMessageOnAnOpenBoard() {
        try (BrowserContext bobBrowser = Browsers.person()) {
            Page bob = BoardPages.open(bobBrowser, port, team.get(Team.Seat.MEMBER), team.workspaceId, team.projectId);
            String id = Uploads.importFile(team, "two.csv", Uploads.csv("Title\nFirst\nSecond\n")).get("id");
            assertThat(bob.locator("#flash .ok")).hasText("2 tasks added to Website");
            assertThat(bob.locator(".card")).hasCount(2);

            Response undo = team.owner().delete(team.path("/imports/" + id));
            Uploads.awaitEnd(team.owner(), undo.header("Location"));
            assertThat(bob.locator("#flash .ok")).hasText("2 tasks removed by undoing import of two.csv");
            assertThat(bob.locator(".card")).hasCount(0);
        }
    }

    @Test
    void aDropOfACardMovedMeanwhileIsAppliedToItsCurrentVersion() {
        Api a = team.owner();
        Api b = team.get(Team.Seat.MEMBER);
        String task = team.task(a, "Contested");
        try (BrowserContext bobBrowser = Browsers.person()) {
            bobBrowser.route("**/live**", route -> route.abort()); // Bob's board misses A's move: it stays as he saw it
            Page bob = bobBrowser.newPage();
            bob.navigate("http://localhost:" + port + "/signin?next=/w/" + team.workspaceId + "/projects/" + team.projectId + "/board");
            bob.getByLabel("Email").fill(b.email());
            bob.getByLabel("Password").fill("correct horse");
            bob.getByLabel("Password").press("Enter");
            assertThat(bob.locator("ul[data-status='TODO'] .card")).hasCount(1);

            a.post(team.path("/tasks/" + task + "/move"), Map.of("version", 0, "status", "IN_REVIEW"));
            bob.waitForResponse(r -> r.url().endsWith("/tasks/moves"), () ->
                    BoardPages.drag(bob, bob.locator(".card[data-task='Contested']"), bob.locator("ul[data-status='DONE']")));

            assertThat(bob.locator("ul[data-status='DONE'] .card[data-task='Contested']")).hasCount(1);
            assertThat(bob.locator("#flash [role=alert]")).hasCount(0);
            org.assertj.core.api.Assertions.assertThat(a.get(team.path("/tasks/" + task)).get("status")).isEqualTo("DONE");
        }
    }

    @Test
    void aDropOfACardMovedToAnotherProjectLeavesItThereAndSaysWhoMovedIt() {
        Api a = team.owner();
        Api b = team.get(Team.Seat.MEMBER);
        String task = team.task(a, "Renew the certificate");
        String other = a.post(team.path("/projects"), Map.of("name", "Operations")).get("id");
        try (BrowserContext bobBrowser = Browsers.person()) {
            bobBrowser.route("**/live**", route -> route.abort());
            Page bob = bobBrowser.newPage();
            bob.navigate("http://localhost:" + port + "/signin?next=/w/" + team.workspaceId + "/projects/" + team.projectId + "/board");
            bob.getByLabel("Email").fill(b.email());
            bob.getByLabel("Password").fill("correct horse");
            bob.getByLabel("Password").press("Enter");
            assertThat(bob.locator("ul[data-status='TODO'] .card")).hasCount(1);

            a.patch(team.path("/tasks/" + task), Map.of("version", 0, "projectId", other));
            BoardPages.drag(bob, bob.locator(".card[data-task='Renew the certificate']"), bob.locator("ul[data-status='DONE']"));

            assertThat(bob.locator("#flash [role=alert]")).containsText("'Renew the certificate' was moved to another project by Olivia Owner");
            assertThat(bob.locator(".card[data-task='Renew the certificate']")).hasCount(0);
            org.assertj.core.api.Assertions.assertThat(a.get(team.path("/tasks/" + task)).get("projectId")).isEqualTo(other);
        }
    }
}
