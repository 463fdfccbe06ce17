package dev.pms.workspace;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import dev.pms.support.Team.Seat;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Invites by email: one address, one role, single use, until they expire; and the shared link's limits. */
class InviteApiTests extends IntegrationTest {

    @Test
    void anInviteWorksOnceAndOnlyForTheInvitedEmailWithItsRole() {
        Team team = Team.create(port);
        Response created = team.get(Seat.ADMIN).post(team.path("/invites"), Map.of("email", "Mia@Example.com", "role", "MANAGER"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.get("email")).isEqualTo("mia@example.com");
        assertThat(created.get("emailed")).isEqualTo("false");
        Instant expires = Instant.parse(created.get("expiresAt"));
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofDays(7).minusMinutes(5), Duration.ofDays(7));
        String code = created.get("path").substring("/join/".length());

        Response stranger = signUp("Stranger").post("/api/v1/workspaces/join", Map.of("code", code));
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.get("detail")).isEqualTo("This invite is for another email address. Sign in with the address the invite was sent to.");

        Api mia = signUpAs("mia@example.com");
        Response joined = mia.post("/api/v1/workspaces/join", Map.of("code", code));
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.get("role")).isEqualTo("MANAGER");

        Response again = mia.post("/api/v1/workspaces/join", Map.of("code", code));
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.get("detail")).isEqualTo("This invite has been used already: each invite works once.");
        assertThat(team.owner().get(team.path("/invites")).json().size()).isZero();
    }

    @Test
    void anAdminMayNotInviteAnOwnerButAnOwnerMay() {
        Team team = Team.create(port);
        Response byAdmin = team.get(Seat.ADMIN).post(team.path("/invites"), Map.of("email", "boss@example.com", "role", "OWNER"));
        assertThat(byAdmin.status()).isEqualTo(403);
        assertThat(team.owner().post(team.path("/invites"), Map.of("email", "boss@example.com", "role", "OWNER")).status()).isEqualTo(201);
        Response badEmail = team.owner().post(team.path("/invites"), Map.of("email", "not an email", "role", "MEMBER"));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    @Test
    void anExpiredOrWithdrawnInviteIsRefused() {
        Team team = Team.create(port);
        Api kim = signUpAs("kim@example.com");
        Response expiring = team.owner().post(team.path("/invites"), Map.of("email", "kim@example.com", "role", "VIEWER"));
        jdbc.sql("update invites set expires_at = now() - interval '1 second' where id = cast(:id as uuid)")
                .param("id", expiring.get("id")).update();
        Response expired = kim.post("/api/v1/workspaces/join", Map.of("code", code(expiring)));
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.get("detail")).isEqualTo("This invite has expired. Ask the workspace's admins for a new one.");

        Response withdrawn = team.owner().post(team.path("/invites"), Map.of("email", "kim@example.com", "role", "VIEWER"));
        assertThat(team.owner().delete(team.path("/invites/" + withdrawn.get("id"))).status()).isEqualTo(204);
        assertThat(team.owner().delete(team.path("/invites/" + withdrawn.get("id"))).status()).isEqualTo(404);
        assertThat(kim.post("/api/v1/workspaces/join", Map.of("code", code(withdrawn))).status()).isEqualTo(410);
        assertThat(kim.get("/api/v1/workspaces").json().size()).isZero();
    }

    @Test
    void aRemovedMemberCannotRejoinWithTheSharedLinkTheyUsedButANewInviteBringsThemBack() {
        Team team = Team.create(port);
        String code = team.owner().get(team.path("/invite")).get("code");
        Api member = team.get(Seat.MEMBER);
        assertThat(team.owner().delete(team.path("/members/" + member.userId())).status()).isEqualTo(204);

        Response rejoin = member.post("/api/v1/workspaces/join", Map.of("code", code));
        assertThat(rejoin.status()).isEqualTo(403);
        assertThat(rejoin.get("detail")).startsWith("You were removed from this workspace");
        assertThat(member.get(team.path("")).status()).isEqualTo(404);

        Response invite = team.owner().post(team.path("/invites"), Map.of("email", member.email(), "role", "VIEWER"));
        assertThat(member.post("/api/v1/workspaces/join", Map.of("code", code(invite))).get("role")).isEqualTo("VIEWER");
    }

    @Test
    void theSharedLinkCanBeTurnedOffAndOnAgainWithANewCode() {
        Team team = Team.create(port);
        String old = team.owner().get(team.path("/invite")).get("code");
        assertThat(team.owner().delete(team.path("/invite")).status()).isEqualTo(204);
        assertThat(team.owner().get(team.path("/invite")).json().get("code").isNull()).isTrue();
        Response refused = signUp("Late Comer").post("/api/v1/workspaces/join", Map.of("code", old));
        assertThat(refused.status()).isEqualTo(404);

        String fresh = team.owner().post(team.path("/invite/reset"), null).get("code");
        assertThat(fresh).isNotEqualTo(old);
        assertThat(signUp("Later Comer").post("/api/v1/workspaces/join", Map.of("code", fresh)).get("role")).isEqualTo("MEMBER");
    }

    private Api signUpAs(String email) {
        Api api = anonymous();
        assertThat(api.post("/api/v1/auth/signup", Map.of("email", email, "name", "Invitee", "password", "correct horse")).status()).isEqualTo(202);
        api.user = api.get("/api/v1/me").json();
        return api;
    }

    private static String code(Response invite) {
        return invite.get("path").substring("/join/".length());
    }
}
