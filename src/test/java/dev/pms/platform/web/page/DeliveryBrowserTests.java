package dev.pms.platform.web.page;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.pms.support.Api;
import dev.pms.support.Browsers;
import dev.pms.support.IntegrationTest;
import dev.pms.support.UsesBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** How pages reach a browser: an HTML 404 for unknown addresses, static files from the HTTP cache, everything compressed. */
@UsesBrowser
@ExtendWith(OutputCaptureExtension.class)
class DeliveryBrowserTests extends IntegrationTest {
    /** The request log's line of a static file: the route is the handler's pattern, e.g. "GET /css/** 200". */
    private static final Pattern STATIC_LINE = Pattern.compile("GET /(css|js|webjars)/\\*\\* \\d{3}");
    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
        logging.setLogLevel("pms.request", LogLevel.INFO);
    }

    @AfterEach
    void quiet() {
        logging.setLogLevel("pms.request", null);
    }

    @Test
    void anUnknownAddressShowsTheHtmlNotFoundPageWithAWayBack() {
        Api ann = signUp("Ann");
        String ws = ann.post("/api/v1/workspaces", Map.of("name", "Acme")).get("id");
        try (BrowserContext browser = Browsers.person()) {
            Page page = signIn(browser, ann.email());
            for (String path : List.of("/no/such/page", "/w/" + ws + "/board")) {
                Response response = page.navigate("http://localhost:" + port + path);
                assertThat(response.status()).as(path).isEqualTo(404);
                assertThat(response.headerValue("content-type")).as(path).startsWith("text/html");
                assertThat(page).hasTitle("Not found · PMS");
                assertThat(page.locator("html")).hasAttribute("lang", "en");
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found"))).isVisible();
                assertThat(page.locator("main")).containsText("There is no page at this address.");
            }
            Browsers.screenshot(page, "not-found");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to your workspaces")).click();
            assertThat(page.locator("h1")).hasText("Home");
        }
    }

    @Test
    void aSecondPageLoadFetchesNoStaticFileAndEverythingArrivesCompressed(CapturedOutput output) throws InterruptedException {
        try (BrowserContext browser = Browsers.person()) {
            Page page = browser.newPage();
            List<Response> responses = new CopyOnWriteArrayList<>();
            page.onResponse(responses::add);
            page.navigate("http://localhost:" + port + "/signin");
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            List<Response> firstLoad = List.copyOf(responses);
            assertThat(firstLoad).extracting(Response::url).anyMatch(url -> url.contains("/webjars/htmx.org/"));
            for (Response response : firstLoad) {
                assertThat(response.headerValue("content-encoding")).as(response.url()).isIn("gzip", "br");
            }
            int staticFetches = awaitStaticLines(output, 4);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create an account")).click();
            assertThat(page.locator("h1")).containsText("Create your");
            page.reload();
            page.navigate("http://localhost:" + port + "/signin");
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            Thread.sleep(500);
            assertThat(count(output)).as("static files fetched from PMS again after the first page").isEqualTo(staticFetches);
        }
    }

    private Page signIn(BrowserContext browser, String email) {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/signin");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("correct horse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("h1")).hasText("Home");
        return page;
    }

    /** Waits until the request log shows at least {@code least} static files served; returns how many it shows. */
    private static int awaitStaticLines(CapturedOutput output, int least) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (count(output) < least && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(count(output)).as("static files served on the first page").isGreaterThanOrEqualTo(least);
        return count(output);
    }

    private static int count(CapturedOutput output) {
        Matcher m = STATIC_LINE.matcher(output.getOut());
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
