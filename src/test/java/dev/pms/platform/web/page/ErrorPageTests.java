package dev.pms.platform.web.page;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages and messages in words for people, problem details for the API; static files fingerprinted, cached and compressed. */
class ErrorPageTests extends IntegrationTest {
    private static final Pattern ASSET = Pattern.compile("<(?:script[^>]*\\ssrc|link rel=\"stylesheet\"[^>]*\\shref)=\"([^\"]+)\"");

    @Test
    void anUnknownAddressShowsTheHtmlNotFoundPageWhileTheApiKeepsProblemDetails() {
        Team team = Team.create(port);
        for (String path : List.of("/no/such/page", "/w/" + team.workspaceId + "/board", "/css/no-such.css")) {
            Response page = team.owner().get(path, "Accept", "text/html");
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(page.body()).as(path).contains("<html lang=\"en\">", "<title>Not found · PMS</title>", "<h1>Not found</h1>",
                    UnknownAddressHandler.MESSAGE, "<a href=\"/\">Go to your workspaces</a>").doesNotContain("static resource");
        }
        Response api = team.owner().get("/api/v1/no/such/thing");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("type")).isEqualTo("https://pms.dev/problems/not-found");
        assertThat(api.get("detail")).isEqualTo("Nothing is found at this address.");
    }

    @Test
    void pagesNameThingsInWordsNeverByIdOrConstant() {
        Team team = Team.create(port);
        String ws = "/w/" + team.workspaceId;
        String unknown = UUID.randomUUID().toString();
        Response task = team.owner().get(ws + "/tasks/" + unknown);
        assertThat(task.status()).isEqualTo(404);
        assertThat(task.body()).contains("This task does not exist or was deleted.").doesNotContain(unknown);
        Response workspace = team.owner().get("/w/" + unknown);
        assertThat(workspace.status()).isEqualTo(404);
        assertThat(workspace.body()).contains("This workspace does not exist, or you are not one of its members.")
                .doesNotContain(unknown);

        Response blank = team.owner().sendBody("POST", ws + "/projects/" + team.projectId + "/board/tasks",
                HttpRequest.BodyPublishers.ofString("title=++&status=TODO"), "application/x-www-form-urlencoded", false,
                "HX-Request", "true");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("Give the task a title of 1 to 500 characters.").doesNotContain("title:");

        Response refused = team.get(Team.Seat.VIEWER).get(ws + "/tasks/new");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Your role (Viewer) may not do this.").doesNotContain("VIEWER");
    }

    @Test
    void staticFilesHaveContentHashUrlsAndMayBeKeptForAYear() {
        Api visitor = anonymous();
        List<String> assets = assets(visitor.get("/signin").body());
        assertThat(assets).hasSize(5);
        for (String asset : assets) {
            assertThat(asset).matches("/(css|js|webjars)/.+-[0-9a-f]{32}\\.(css|js)");
            Response file = visitor.get(asset);
            assertThat(file.status()).as(asset).isEqualTo(200);
            assertThat(file.header("Cache-Control")).as(asset).isEqualTo("max-age=31536000, public, immutable");
            assertThat(file.header("Pragma")).as(asset).isNull();
            assertThat(file.header("Expires")).as(asset).isNull();
        }
        assertThat(visitor.get("/signin").header("Cache-Control")).as("pages are never cached").contains("no-store");
    }

    @Test
    void pagesScriptsAndStylesArriveCompressedWhenTheClientAcceptsIt() throws IOException {
        Api visitor = anonymous();
        String page = visitor.get("/signin").body();
        List<String> paths = new ArrayList<>(assets(page));
        paths.add("/signin");
        for (String path : paths) {
            HttpResponse<byte[]> zipped = visitor.download(path, "Accept-Encoding", "gzip");
            assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            String plain = visitor.get(path).body();
            try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                String unzipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (!path.equals("/signin")) {
                    assertThat(unzipped).as(path).isEqualTo(plain);
                }
                assertThat(zipped.body().length).as(path).isLessThan(unzipped.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            }
        }
    }

    private static List<String> assets(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
