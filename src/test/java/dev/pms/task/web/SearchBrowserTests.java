package dev.pms.task.web;

import com.microsoft.playwright.BrowserContext;
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

/** "/" or Ctrl+K puts the cursor in the header's search box; a typed prefix opens the table with the best match first. */
@UsesBrowser
class SearchBrowserTests extends IntegrationTest {

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
    }

    @Test
    void slashOrControlKOpensTheSearchBoxAndAPrefixFindsTheTaskBestFirst() {
        Api owner = signUp("Olivia Owner");
        String ws = owner.post("/api/v1/workspaces", Map.of("name", "Acme")).get("id");
        String project = owner.post("/api/v1/workspaces/" + ws + "/projects", Map.of("name", "Website")).get("id");
        owner.post("/api/v1/workspaces/" + ws + "/tasks", Map.of("projectId", project, "title", "Quarterly numbers",
                "description", "for the analytics review"));
        owner.post("/api/v1/workspaces/" + ws + "/tasks", Map.of("projectId", project, "title", "Analytics dashboard"));

        try (BrowserContext browser = Browsers.person()) {
            Page page = browser.newPage();
            page.navigate("http://localhost:" + port + "/signin?next=/w/" + ws);
            page.getByLabel("Email").fill(owner.email());
            page.getByLabel("Password").fill("correct horse");
            page.getByLabel("Password").press("Enter");
            page.waitForURL(Pattern.compile(".*/w/" + ws + "$"));

            page.keyboard().press("/");
            assertThat(page.locator("#search")).isFocused();
            assertThat(page.locator("#search")).hasValue("");
            page.keyboard().type("analyt");
            page.keyboard().press("Enter");

            page.waitForURL(Pattern.compile(".*/w/" + ws + "/tasks\\?q=analyt$"));
            assertThat(page.locator("tbody tr")).hasCount(2);
            assertThat(page.locator("tbody tr").first()).containsText("WEB-2");
            assertThat(page.locator("tbody tr").first()).containsText("Analytics dashboard");

            page.locator("h1").click();
            assertThat(page.locator("#search")).not().isFocused();
            page.keyboard().press("Control+k");
            assertThat(page.locator("#search")).isFocused();
        }
    }
}
