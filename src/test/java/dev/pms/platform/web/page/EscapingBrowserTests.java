package dev.pms.platform.web.page;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.pms.support.Api;
import dev.pms.support.Browsers;
import dev.pms.support.IntegrationTest;
import dev.pms.support.UsesBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Whatever people type into a task is shown as text on every page; no script in it ever runs. */
@UsesBrowser
class EscapingBrowserTests extends IntegrationTest {
    private static final String TITLE = "<img src=x onerror=alert(1)>";
    private static final String DESCRIPTION = "<script>alert(1)</script>";

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
    }

    @Test
    void markupInATaskShowsAsTextOnEveryPage() {
        Api mallory = signUp("Mallory");
        String ws = mallory.post("/api/v1/workspaces", Map.of("name", "Acme")).get("id");
        String project = mallory.post("/api/v1/workspaces/" + ws + "/projects", Map.of("name", "Website")).get("id");
        String task = mallory.post("/api/v1/workspaces/" + ws + "/tasks", Map.of("projectId", project, "title", TITLE,
                "description", DESCRIPTION, "assigneeId", mallory.userId(), "dueDate", LocalDate.now().toString())).get("id");
        String base = "http://localhost:" + port + "/w/" + ws;

        try (BrowserContext browser = Browsers.person()) {
            Page page = browser.newPage();
            List<String> dialogs = new CopyOnWriteArrayList<>();
            List<String> cspViolations = new CopyOnWriteArrayList<>();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    cspViolations.add(message.text());
                }
            });
            signIn(page, mallory.email());

            for (String path : List.of("", "/tasks", "/projects/" + project + "/board", "/calendar", "/tasks/" + task)) {
                page.navigate(base + path);
                assertThat(page.getByText(TITLE).first()).isVisible();
                assertThat(page.locator("img")).hasCount(0);
            }
            assertThat(page.locator("#t-description")).hasValue(DESCRIPTION);
            assertThat(page.locator("main script")).hasCount(0);
            page.locator("#field-description summary").click(); // the description shows rendered; its source is one click away
            page.locator("#t-description").fill(DESCRIPTION + " ");
            page.locator("#t-description").blur();
            assertThat(page.locator("#field-description .saved")).hasText("Saved");
            assertThat(page.locator("#task-title")).hasText(TITLE);
            assertThat(page.locator("#stream")).containsText("changed the description");

            assertThat(dialogs).as("dialogs opened by task content").isEmpty();
            assertThat(cspViolations).as("Content-Security-Policy violations").isEmpty();
        }
    }

    private void signIn(Page page, String email) {
        page.navigate("http://localhost:" + port + "/signin");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("correct horse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("h1")).hasText("Home");
    }
}
