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

/** The whole import flow in a new workspace: upload, preview, two changed mappings, confirm, result, rejected rows, undo. */
@UsesBrowser
class ImportMappingBrowserTests extends IntegrationTest {
    private static final String FILE = """
            Issue key,Summary,Status,Assignee,Project name,Due Date
            OPS-1,Rotate the keys,Ready for Deploy,Olivia Owner,Operations,03/04/2027
            OPS-2,Renew the certificate,To Do,Someone Else,Operations,05/06/2027
            OPS-3,Patch the servers,In Progress,Nobody Here,Operations,
            """;

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
    }

    @Test
    void uploadPreviewRemapConfirmSeeRejectedRowsAndUndo() {
        try (BrowserContext browser = Browsers.person()) {
            Page page = browser.newPage();
            page.onDialog(dialog -> dialog.accept());
            Browsers.signUp(page, port, "/", "Olivia Owner", "olivia@example.com");
            page.getByLabel("Name").fill("Ops");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create workspace")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Imports")).click();

            page.locator("#file").setInputFiles(new FilePayload("ops.csv", "text/csv", FILE.getBytes(StandardCharsets.UTF_8)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and preview")).click();
            Locator item = page.locator("li[data-import='ops.csv']");
            Locator form = item.locator("form.preview");
            assertThat(form).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            assertThat(form.locator(".detected")).containsText("3 rows");
            assertThat(form.locator("table.sample tbody tr")).hasCount(3);
            assertThat(form.locator("tr[data-value='Operations'] select")).hasValue("new");
            assertThat(form.locator("tr[data-value='Ready for Deploy'] select")).hasValue("IN_REVIEW");
            Browsers.screenshot(page, "import-preview");

            form.locator("tr[data-value='Ready for Deploy'] select").selectOption("DONE");
            form.locator("tr[data-value='Someone Else'] select").selectOption("reject");
            form.locator("select[name=dateOrder]").selectOption("DAY_FIRST");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm and import")).click();

            assertThat(item).hasAttribute("data-status", "SUCCEEDED", new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            assertThat(item.locator(".badge")).hasText("SUCCEEDED · 1 rejected");
            assertThat(item).containsText("3 rows: 2 imported, 1 rejected");
            Locator rejected = item.locator("table.rejected-rows tbody tr");
            assertThat(rejected).hasCount(1);
            assertThat(rejected).containsText("Someone Else");
            assertThat(rejected.locator("td").first()).hasText("3");
            Browsers.screenshot(page, "import-result");
            assertThat(jdbc.sql("select title || ' ' || status || ' ' || coalesce(cast(due_date as text), '-') from tasks order by source_row")
                    .query(String.class).list()).containsExactly("Rotate the keys DONE 2027-04-03", "Patch the servers IN_PROGRESS -");

            item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo import")).click();
            assertThat(item).hasAttribute("data-status", "UNDONE", new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isZero();
        }
    }
}
