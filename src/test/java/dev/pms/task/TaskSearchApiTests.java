package dev.pms.task;

import dev.pms.support.TeamTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Search by word prefixes and by key, best matches first, in the API's q filter and from the header's search box. */
class TaskSearchApiTests extends TeamTest {

    @Test
    void aPrefixFindsWholeWordsInTitlesAndDescriptionsTitlesFirst() {
        create("Quarterly numbers", "Feed them into the analytics dashboard");
        create("Analytics dashboard", "");
        create("Analysis of churn", "");
        create("Unrelated", "nothing here");

        assertThat(titles("analyt")).containsExactly("Analytics dashboard", "Quarterly numbers");
        assertThat(titles("ANALY dash")).containsExactly("Analytics dashboard", "Quarterly numbers");
        assertThat(titles("analysis")).containsExactly("Analysis of churn");
        String csv = new String(owner.download(team.path("/tasks/export?q=analyt&sort=RELEVANCE")).body(), StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1).map(line -> line.split(",")[1]).toList())
                .as("the export of a search, best first").containsExactly("Analytics dashboard", "Quarterly numbers");
    }

    @Test
    void aKeyFindsItsTaskFirstAndTextThatMentionsItAfter() {
        for (int i = 1; i <= 12; i++) {
            create(i == 3 ? "Fix web 12 layout" : "Task number " + i, "");
        }
        List<String> found = titles("web-12");
        assertThat(found).first().isEqualTo("Task number 12");
        assertThat(found).contains("Fix web 12 layout");
        assertThat(titles("WEB-99")).isEmpty();
    }

    @Test
    void aCommentsWordsFindItsTaskAfterTheTasksThatSayThemThemselvesUntilTheCommentIsDeleted() {
        create("Invoice run", "");
        create("Release notes", "");
        String task = team.task(owner, "Quiet task");
        Response comment = owner.post(team.path("/tasks/" + task + "/comments"), Map.of("body", "The **invoices** of March are late"));
        assertThat(comment.status()).isEqualTo(201);
        Team other = Team.create(port);
        String elsewhere = other.task(other.owner(), "Elsewhere");
        other.owner().post(other.path("/tasks/" + elsewhere + "/comments"), Map.of("body", "invoices too"));

        assertThat(titles("invoic")).as("a title match ranks above a comment match; another workspace's comment stays there")
                .containsExactly("Invoice run", "Quiet task");
        assertThat(owner.delete(team.path("/tasks/" + task + "/comments/" + comment.get("id"))).status()).isEqualTo(204);
        assertThat(titles("invoic")).containsExactly("Invoice run");
    }

    @Test
    void pagesOfASearchFollowOneAnotherInTheOrderOfOnePage() {
        for (int i = 0; i < 7; i++) {
            create("Report " + i, i % 2 == 0 ? "report report" : "");
        }
        List<String> onePage = titles("rep");
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = owner.get(team.path("/tasks?q=rep&limit=2" + (cursor == null ? "" : "&cursor=" + cursor))).json();
            page.get("items").forEach(item -> paged.add(item.get("title").asString()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);
        assertThat(paged).hasSize(7).isEqualTo(onePage);
    }

    @Test
    void textThatIsNoQuerySyntaxIsSearchedAndRelevanceWithoutASearchIsExplained() {
        create("Budget (draft)", "");
        Response odd = owner.get(team.path("/tasks?q=" + URLEncoder.encode("budg & | ! ( :*", StandardCharsets.UTF_8)));
        assertThat(odd.status()).isEqualTo(200);
        assertThat(odd.json().get("items")).hasSize(1);
        assertThat(owner.get(team.path("/tasks?q=" + URLEncoder.encode("&|!", StandardCharsets.UTF_8))).json().get("items")).isEmpty();
        Response noSearch = owner.get(team.path("/tasks?sort=RELEVANCE"));
        assertThat(noSearch.status()).isEqualTo(400);
        assertThat(noSearch.get("detail")).contains("give q too");
        assertThat(owner.get(team.path("/tasks/count?q=budg")).get("count")).isEqualTo("1");
    }

    @Test
    void theHeaderHasASearchBoxWhoseShortcutIsAStaticScriptAndItOpensTheTableBestFirst() {
        create("Analytics dashboard", "");
        String page = owner.get("/w/" + team.workspaceId + "/tasks").body();
        assertThat(page).contains("<form class=\"search\" role=\"search\" method=\"get\" action=\"/w/" + team.workspaceId + "/tasks\">")
                .contains("aria-keyshortcuts=\"/ Control+K Meta+K\"").containsPattern("<script src=\"/js/app[^\"]*\\.js\" defer></script>")
                .doesNotContainPattern("<script>|<script [^>]*>[^<]");
        String results = owner.get("/w/" + team.workspaceId + "/tasks?q=analyt").body();
        assertThat(results).contains("Analytics dashboard").contains("<span class=\"key\">WEB-1</span>")
                .as("a new search in the filter form lists its best matches first").doesNotContain("name=\"sort\"");
        assertThat(owner.get("/w/" + team.workspaceId + "/tasks?q=analyt&sort=TITLE").body())
                .as("an order chosen from a column stays").contains("<input type=\"hidden\" name=\"sort\" value=\"TITLE\">");
    }

    private void create(String title, String description) {
        assertThat(owner.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", title, "description", description))
                .status()).isEqualTo(201);
    }

    private List<String> titles(String q) {
        Response found = owner.get(team.path("/tasks?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        found.json().get("items").forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }
}
