package dev.pms.imports.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.pms.support.Browsers;
import dev.pms.support.IntegrationTest;
import dev.pms.support.UsesBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The preview of a Trello export offers to import its archived cards as done tasks (the default) or to leave them out. */
@UsesBrowser
class ImportClosedRowsBrowserTests extends IntegrationTest {
    private static final String FILE = """
            Card ID,Card Name,List Name,Board Name,Archived
            c1,Collect feedback,To Do,Roadmap,false
            c2,Old landing page,Done,Roadmap,true
            c3,Pick a font,Ideas,Roadmap,false
            """;

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
    }

    @Test
    void thePreviewOffersToLeaveArchivedCardsOut() {
        try (BrowserContext browser = Browsers.person()) {
            Page page = browser.newPage();
            Browsers.signUp(page, port, "/", "Olivia Owner", "olivia@example.com");
            page.getByLabel("Name").fill("Roadmap");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create workspace")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Imports")).click();

            page.locator("#file").setInputFiles(new FilePayload("trello.csv", "text/csv", FILE.getBytes(StandardCharsets.UTF_8)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and preview")).click();
            Locator item = page.locator("li[data-import='trello.csv']");
            Locator form = item.locator("form.preview");
            assertThat(form).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            Locator closed = form.getByLabel("Rows marked “Archived” (archived or closed)");
            assertThat(closed).hasValue("DONE");
            Browsers.screenshot(page, "import-preview-archived-cards");

            closed.selectOption("SKIP");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm and import")).click();

            assertThat(item).hasAttribute("data-status", "SUCCEEDED", new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            assertThat(item).containsText("3 rows: 2 imported, 1 left out, 0 rejected");
            assertThat(jdbc.sql("select title from tasks order by source_row").query(String.class).list())
                    .containsExactly("Collect feedback", "Pick a font");
        }
    }
}
