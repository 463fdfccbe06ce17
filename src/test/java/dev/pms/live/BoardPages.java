package dev.pms.live;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.pms.support.Api;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A person's board in a browser: signed in through the sign-in page, and listening once its stream says ready. */
final class BoardPages {
    private BoardPages() {
    }

    static Page open(BrowserContext browser, int port, Api who, String workspaceId, String projectId) {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/signin?next=/w/" + workspaceId + "/projects/" + projectId + "/board");
        page.getByLabel("Email").fill(who.email());
        page.getByLabel("Password").fill("correct horse");
        page.getByLabel("Password").press("Enter");
        assertThat(page.locator("[data-live=ready]")).hasCount(1);
        return page;
    }

    static void drag(Page page, Locator from, Locator to) {
        BoundingBox source = from.boundingBox();
        BoundingBox target = to.boundingBox();
        page.mouse().move(source.x + source.width / 2, source.y + source.height / 2);
        page.mouse().down();
        page.mouse().move(source.x + source.width / 2 + 10, source.y + source.height / 2 + 10, new Mouse.MoveOptions().setSteps(5));
        page.mouse().move(target.x + target.width / 2, target.y + Math.min(target.height / 2, 20), new Mouse.MoveOptions().setSteps(15));
        page.mouse().up();
    }
}
