package dev.pms.platform.web.page;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.pms.support.Api;
import dev.pms.support.Browsers;
import dev.pms.support.IntegrationTest;
import dev.pms.support.UsesBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Two people on one board: the later drop of a task the other just moved is refused, said so, and the board reloads. */
@UsesBrowser
class BoardConflictBrowserTests extends IntegrationTest {

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
    }

    @Test
    void aDropOnAStaleBoardShowsAMessageAndTheCurrentBoard() {
        Api ann = signUp("Ann");
        String ws = ann.post("/api/v1/workspaces", Map.of("name", "Acme")).get("id");
        String project = ann.post("/api/v1/workspaces/" + ws + "/projects", Map.of("name", "Website")).get("id");
        String task = ann.post("/api/v1/workspaces/" + ws + "/tasks", Map.of("projectId", project, "title", "Contested")).get("id");

        try (BrowserContext browser = Browsers.person()) {
            Page page = browser.newPage();
            page.navigate("http://localhost:" + port + "/signin?next=/w/" + ws + "/projects/" + project + "/board");
            page.getByLabel("Email").fill(ann.email());
            page.getByLabel("Password").fill("correct horse");
            page.getByLabel("Password").press("Enter");
            assertThat(page.locator("ul[data-status='TODO'] .card")).hasCount(1);

            ann.post("/api/v1/workspaces/" + ws + "/tasks/" + task + "/move", Map.of("version", 0, "status", "IN_REVIEW"));
            drag(page, page.locator(".card[data-task='Contested']"), page.locator("ul[data-status='DONE']"));

            assertThat(page.locator("#flash [role=alert]")).containsText("changed by someone else");
            assertThat(page.locator("ul[data-status='IN_REVIEW'] .card[data-task='Contested']")).hasCount(1);
            assertThat(page.locator("ul[data-status='DONE'] .card")).hasCount(0);
        }
    }

    private static void drag(Page page, Locator from, Locator to) {
        BoundingBox source = from.boundingBox();
        BoundingBox target = to.boundingBox();
        page.mouse().move(source.x + source.width / 2, source.y + source.height / 2);
        page.mouse().down();
        page.mouse().move(source.x + source.width / 2 + 10, source.y + source.height / 2 + 10, new Mouse.MoveOptions().setSteps(5));
        page.mouse().move(target.x + target.width / 2, target.y + Math.min(target.height / 2, 20), new Mouse.MoveOptions().setSteps(15));
        page.mouse().up();
    }
}
