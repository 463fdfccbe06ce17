package dev.pms.comment;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import dev.pms.support.Team.Seat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Comments through the API: Markdown in, sanitised HTML out, mentions of members only, and who may do what. */
class CommentApiTests extends IntegrationTest {

    @Test
    void aMemberCommentsInMarkdownMentioningAMemberWhileAnOutsiderStaysPlainText() {
        Team team = Team.create(port);
        Api member = team.get(Seat.MEMBER);
        String task = team.task(team.owner(), "Launch");
        String body = "Ready for **review**, @" + team.get(Seat.ADMIN).email() + "? Not @" + team.get(Seat.OUTSIDER).email()
                + " <img src=x onerror=alert(1)> [x](javascript:alert(1))";
        Response added = member.post(team.path("/tasks/" + task + "/comments"), Map.of("body", body));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String html = added.get("html");
        assertThat(html).contains("<strong>review</strong>", "class=\"mention\"", "data-user-id=\"" + team.get(Seat.ADMIN).userId() + "\"",
                ">&#64;Admin Person</a>", "Not &#64;" + team.get(Seat.OUTSIDER).email().replace("@", "&#64;"))
                .doesNotContain("<img", "href=\"javascript");
        assertThat(added.get("body")).isEqualTo(body);
        assertThat(added.get("authorName")).isEqualTo("Member Person");
        assertThat(added.json().get("edited").asBoolean()).isFalse();

        JsonNode listed = team.get(Seat.VIEWER).get(team.path("/tasks/" + task + "/comments")).json().get("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("html").asString()).isEqualTo(html);
    }

    @Test
    void authorsEditAndDeleteTheirOwnAdminsDeleteAnyAndViewersOnlyRead() {
        Team team = Team.create(port);
        String task = team.task(team.owner(), "Discuss");
        String comments = team.path("/tasks/" + task + "/comments");
        String id = team.get(Seat.MEMBER).post(comments, Map.of("body", "first")).get("id");

        assertThat(team.get(Seat.VIEWER).post(comments, Map.of("body", "me too")).status()).isEqualTo(403);
        assertThat(team.get(Seat.OUTSIDER).get(comments).status()).isEqualTo(404);
        assertThat(team.get(Seat.OUTSIDER).post(comments, Map.of("body", "hi")).status()).isEqualTo(404);
        assertThat(team.get(Seat.MANAGER).patch(comments + "/" + id, Map.of("body", "not mine")).status()).isEqualTo(403);
        assertThat(team.get(Seat.MANAGER).delete(comments + "/" + id).status()).isEqualTo(403);

        Response edited = team.get(Seat.MEMBER).patch(comments + "/" + id, Map.of("body", "first, *edited*"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("edited").asBoolean()).isTrue();
        assertThat(edited.get("html")).contains("<em>edited</em>");

        assertThat(team.get(Seat.ADMIN).delete(comments + "/" + id).status()).isEqualTo(204);
        assertThat(team.owner().get(comments + "/" + id).status()).isEqualTo(404);
        JsonNode stream = team.owner().get(team.path("/tasks/" + task + "/activity")).json().get("items");
        assertThat(stream.get(1).get("kind").asString()).isEqualTo("COMMENTED");
        assertThat(stream.get(1).get("comment").isNull()).as("a deleted comment leaves its entry without its text").isTrue();
        assertThat(jdbc.sql("select body from comments where id = cast(:id as uuid)").param("id", id).query(String.class).single()).isEmpty();
    }

    @Test
    void aHundredThousandCharactersAreAcceptedAndOneMoreIsRefusedInWords() {
        Team team = Team.create(port);
        String comments = team.path("/tasks/" + team.task(team.owner(), "Long") + "/comments");
        Response longest = team.owner().post(comments, Map.of("body", "<script>alert(1)</script>".repeat(4000)));
        assertThat(longest.status()).isEqualTo(201);
        assertThat(longest.get("html")).doesNotContain("<script");
        Response tooLong = team.owner().post(comments, Map.of("body", "x".repeat(100_001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(team.owner().post(comments, Map.of("body", "  ")).status()).isEqualTo(400);
    }

    @Test
    void commentsGoWithTheirTask() {
        Team team = Team.create(port);
        String task = team.task(team.owner(), "Doomed");
        team.owner().post(team.path("/tasks/" + task + "/comments"), Map.of("body", "bye"));
        assertThat(team.owner().delete(team.path("/tasks/" + task)).status()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from comments").query(Long.class).single()).isZero();
        assertThat(team.owner().get(team.path("/tasks/" + task + "/comments")).status()).isEqualTo(404);
    }

    @Test
    void theMentionPickerFindsMembersByAnyWordOfTheirNameOrTheirEmail() {
        Team team = Team.create(port);
        JsonNode found = team.get(Seat.MEMBER).get(team.path("/mentions?q=pers")).json();
        assertThat(found).extracting(m -> m.get("name").asString())
                .containsExactly("Admin Person", "Manager Person", "Member Person", "Viewer Person");
        assertThat(team.get(Seat.MEMBER).get(team.path("/mentions?q=oli")).json().get(0).get("email").asString()).isEqualTo(team.owner().email());
        assertThat(team.get(Seat.MEMBER).get(team.path("/mentions?q=oscar")).json()).isEmpty();
        assertThat(team.get(Seat.MEMBER).get(team.path("/mentions?q=%25")).json()).isEmpty();
        assertThat(team.get(Seat.OUTSIDER).get(team.path("/mentions?q=a")).status()).isEqualTo(404);
    }
}
