package dev.pms.platform.web.page;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What holds on every page: a strict CSP, nothing loaded from elsewhere, a small page weight, and the access rules. */
class PageSecurityTests extends IntegrationTest {
    private static final Pattern ASSET = Pattern.compile("<(?:script[^>]*\\ssrc|link[^>]*\\shref)=\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("\\s(?:src|href|action|formaction)=\"([^\"]*)\"");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>");
    private static final int BUDGET = 200 * 1024;

    @Test
    void everyPageHasAStrictPolicyLoadsNothingFromElsewhereAndStaysUnderItsBudget() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String task = team.task(owner, "Ship it");
        String code = owner.get(team.path("/invite")).get("code");
        String ws = "/w/" + team.workspaceId;
        List<String> pages = List.of("/workspaces", ws, ws + "/projects", ws + "/tasks", ws + "/tasks?status=TODO&sort=DUE",
                ws + "/projects/" + team.projectId + "/board", ws + "/calendar", ws + "/members", ws + "/tasks/" + task,
                ws + "/tasks/new", ws + "/imports", "/join/" + code);
        for (String path : pages) {
            checkPage(owner, path);
        }
        checkPage(anonymous(), "/signin");
        checkPage(anonymous(), "/signup");
    }

    private static void checkPage(Api client, String path) {
        Response page = client.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        assertThat(page.header("Content-Type")).as(path).startsWith("text/html");
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).as(path).contains("script-src 'self'").contains("base-uri 'none'");
        assertThat(scriptSrc(csp)).as(path).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(INLINE_SCRIPT.matcher(page.body()).find()).as(path + " has an inline script").isFalse();
        for (String reference : all(REFERENCE, page.body())) {
            assertThat(reference).as(path + " refers elsewhere").doesNotStartWith("http").doesNotStartWith("//");
        }
        long weight = 0;
        for (String asset : all(ASSET, page.body())) {
            if (!asset.startsWith("data:")) {
                Response file = client.get(asset);
                assertThat(file.status()).as(asset).isEqualTo(200);
                weight += file.body().length();
            }
        }
        assertThat(weight).as(path + " scripts and styles in bytes").isPositive().isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void signedOutPagesGoToSignInWhileTheApiAnswers401() {
        Response page = anonymous().get("/w/" + java.util.UUID.randomUUID() + "/tasks?status=TODO");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/signin?next=/w/" + page.header("Location").split("/w/")[1]);
        Response api = anonymous().get("/api/v1/workspaces");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void outsidersGetAnHtmlNotFoundAndViewersCannotChangeTasks() {
        Team team = Team.create(port);
        String task = team.task(team.owner(), "Ship it");
        Response outsider = team.get(Team.Seat.OUTSIDER).get("/w/" + team.workspaceId + "/tasks");
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.header("Content-Type")).startsWith("text/html");
        assertThat(outsider.body()).contains("Not found");

        Response viewer = form(team.get(Team.Seat.VIEWER), "/w/" + team.workspaceId + "/tasks/" + task + "/status", "version=0&status=DONE");
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(viewer.header("Content-Type")).startsWith("text/html");
        Response member = form(team.get(Team.Seat.MEMBER), "/w/" + team.workspaceId + "/tasks/" + task + "/status", "version=0&status=DONE");
        assertThat(member.status()).isEqualTo(200);
        assertThat(member.body()).contains("data-task=\"Ship it\"");
        Response manager = form(team.get(Team.Seat.MANAGER), "/w/" + team.workspaceId + "/members/invite/reset", "");
        assertThat(manager.status()).isEqualTo(403);
        Response imports = team.get(Team.Seat.VIEWER).get("/w/" + team.workspaceId + "/imports");
        assertThat(imports.status()).isEqualTo(200);
        assertThat(imports.body()).doesNotContain("id=\"upload\"").doesNotContain(">Imports</a>");
        Response undo = form(team.get(Team.Seat.MEMBER), "/w/" + team.workspaceId + "/imports/" + java.util.UUID.randomUUID() + "/undo", "");
        assertThat(undo.status()).isEqualTo(403);
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        Api ann = signUp("Ann");
        Response forged = ann.withoutCsrf().sendRaw("POST", "/workspaces", "name=Forged", "application/x-www-form-urlencoded");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from workspaces").query(Long.class).single()).isZero();
    }

    @Test
    void signInFromThePageStartsANewSession() {
        Api ann = signUp("Ann");
        Api browser = anonymous();
        browser.get("/signin");
        String before = sessionId(browser);
        Response signIn = browser.sendRaw("POST", "/signin", "email=" + ann.email() + "&password=correct+horse&next=/w/x",
                "application/x-www-form-urlencoded");
        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.header("Location")).endsWith("/w/x");
        assertThat(sessionId(browser)).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/api/v1/me").get("email")).isEqualTo(ann.email());

        Api stranger = anonymous();
        stranger.get("/signin");
        Response wrong = stranger.sendRaw("POST", "/signin", "email=" + ann.email() + "&password=nope&next=//evil.example",
                "application/x-www-form-urlencoded");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("Email or password is wrong").contains("name=\"next\" value=\"/\"");
    }

    private static Response form(Api who, String path, String body) {
        return who.sendRaw("POST", path, body, "application/x-www-form-urlencoded");
    }

    private static String sessionId(Api client) {
        return client.cookies().stream().filter(c -> c.getName().equals("PMS_SESSION")).map(java.net.HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    private static String scriptSrc(String csp) {
        for (String directive : csp.split(";")) {
            if (directive.trim().startsWith("script-src")) {
                return directive;
            }
        }
        return "";
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
