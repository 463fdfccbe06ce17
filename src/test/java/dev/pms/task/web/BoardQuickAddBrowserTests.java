package dev.pms.task.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
 * A live redraw puts new quick-add forms on the board, and htmx takes them over only when the swap settles: a task
 * added in between must still be added, not lost to a plain GET of the page.
 */
@UsesBrowser
class BoardQuickAddBrowserTests extends IntegrationTest {

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
    }

    @Test
    void aTaskAddedBeforeHtmxHasTakenTheFormOverIsAddedAllTheSame() {
        Api owner = signUp("Olivia Owner");
        String ws = owner.post("/api/v1/workspaces", Map.of("name", "Acme")).get("id");
        String project = owner.post("/api/v1/workspaces/" + ws + "/projects", Map.of("name", "Website")).get("id");

        try (BrowserContext browser = Browsers.person()) {
            Page page = browser.newPage();
            page.navigate("http://localhost:" + port + "/signin?next=/w/" + ws + "/projects/" + project + "/board");
            page.getByLabel("Email").fill(owner.email());
            page.getByLabel("Password").fill("correct horse");
            page.getByLabel("Password").press("Enter");
            page.waitForURL(Pattern.compile(".*/board$"));

            // a copy of the form carries none of htmx's state: the form as a redraw leaves it until the swap settles
            page.evaluate("() => { const form = document.querySelector(\".column:has([data-status='TODO']) .quick-add\"); form.replaceWith(form.cloneNode(true)); }");
            Locator title = page.locator(".column:has([data-status='TODO']) .quick-add input[name=title]");
            title.fill("Write the copy");
            title.press("Enter");

            assertThat(page.locator("ul[data-status='TODO'] .card")).hasCount(1);
            assertThat(page.locator("ul[data-status='TODO'] .card")).containsText("Write the copy");
            assertThat(page).hasURL(Pattern.compile(".*/board$"));
        }
    }
}
