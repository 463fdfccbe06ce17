package dev.pms.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium for the whole test JVM (starting it costs a second; a context per person costs
 * milliseconds). Drives the system's /usr/bin/chromium: Playwright never downloads a browser here.
 */
public final class Browsers {
    private static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("PMS_CHROMIUM", "/usr/bin/chromium"));
    private static Playwright playwright;
    private static Browser browser;

    private Browsers() {
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    /** A fresh browser profile (its own cookies) for one person; close it at the end of the test. */
    public static BrowserContext person() {
        BrowserContext context = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(10_000);
        return context;
    }

    /** A phone-sized profile: the pages must work at 390 px. */
    public static BrowserContext phone() {
        BrowserContext context = browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true));
        context.setDefaultTimeout(10_000);
        return context;
    }

    public static void screenshot(Page page, String name) {
        Path dir = Paths.get("target", "screenshots");
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }

    /** Creates an account through the sign-up page reached from {@code start} (a path on this PMS, or a whole URL). */
    public static void signUp(Page page, int port, String start, String name, String email) {
        page.navigate(start.startsWith("http") ? start : "http://localhost:" + port + start);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create an account")).click();
        page.getByLabel("Your name").fill(name);
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("correct horse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
    }
}
