package dev.pms.platform.web.page;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.pms.support.Browsers;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import dev.pms.support.UsesBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** At 390 px every page fits the screen (wide tables and the board scroll inside themselves) and works by keyboard. */
@UsesBrowser
class PhoneBrowserTests extends IntegrationTest {

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
    }

    @Test
    void everyPageFitsA390PixelScreen() {
        Team team = Team.create(port);
        String task = team.task(team.owner(), "A task with a rather long title that has to wrap on a small phone screen");
        String base = "http://localhost:" + port + "/w/" + team.workspaceId;
        try (BrowserContext phone = Browsers.phone()) {
            Page page = phone.newPage();
            page.navigate("http://localhost:" + port + "/signin");
            page.getByLabel("Email").fill(team.owner().email());
            page.getByLabel("Password").fill("correct horse");
            page.getByLabel("Password").press("Enter");
            assertThat(page.locator("h1")).hasText("Home");
            for (String path : List.of("", "/projects", "/tasks", "/projects/" + team.projectId + "/board", "/calendar",
                    "/members", "/imports", "/tasks/" + task, "/tasks/new")) {
                page.navigate(base + path);
                Object width = page.evaluate("document.documentElement.scrollWidth");
                assertThat(((Number) width).intValue()).as(path + " page width").isLessThanOrEqualTo(390);
            }
        }
    }

    @Test
    void aTaskCanBeCreatedWithTheKeyboardAlone() {
        Team team = Team.create(port);
        try (BrowserContext phone = Browsers.phone()) {
            Page page = phone.newPage();
            page.navigate("http://localhost:" + port + "/signin");
            page.keyboard().type(team.owner().email());
            page.keyboard().press("Tab");
            page.keyboard().type("correct horse");
            page.keyboard().press("Enter");
            assertThat(page.locator("h1")).hasText("Home");
            page.navigate("http://localhost:" + port + "/w/" + team.workspaceId + "/tasks/new?project=" + team.projectId);
            page.getByLabel("Title").focus();
            page.keyboard().type("Typed without a mouse");
            page.keyboard().press("Enter");
            assertThat(page.locator("#task-title")).hasText("Typed without a mouse");
            assertThat(page.getByLabel("Status")).isVisible();
        }
    }
}
