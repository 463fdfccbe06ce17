package dev.pms.live;

import dev.pms.support.Api;
import dev.pms.support.EventStream;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import dev.pms.support.Team.Seat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's inbox stream: an event for each notification of theirs, through NOTIFY, and nobody else's. */
class InboxStreamTests extends IntegrationTest {
    private static final Duration SOON = Duration.ofSeconds(5);
    private Team team;

    @BeforeEach
    void team() {
        team = Team.create(port);
    }

    private static EventStream inbox(Api who) {
        EventStream stream = EventStream.open(who, "/notifications/live");
        assertThat(stream.status()).isEqualTo(200);
        stream.await("ready", SOON);
        return stream;
    }

    @Test
    void aNotificationReachesOnlyItsPersonsStream() {
        Api member = team.get(Seat.MEMBER);
        try (EventStream mine = inbox(member); EventStream others = inbox(team.get(Seat.VIEWER)); EventStream actors = inbox(team.owner())) {
            String task = team.task(team.owner(), "Assigned");
            team.owner().patch(team.path("/tasks/" + task), Map.of("version", 0, "assigneeId", member.userId()));
            EventStream.Event told = mine.await("inbox", SOON);
            assertThat(told.id()).isNotBlank();
            assertThat(told.data()).doesNotContain("Assigned"); // ids only: the bell fetches its count

            member.post(team.path("/tasks/" + task + "/comments"), Map.of("body", "On it"));
            actors.await("inbox", SOON); // the owner watches the task they created
            assertThat(mine.next(e -> e.name().equals("inbox"), Duration.ofMillis(300))).isNull(); // not of one's own comment
            assertThat(others.seen()).noneMatch(e -> e.name().equals("inbox"));
            assertThat(others.next(e -> e.name().equals("inbox") || e.name().equals("task"), Duration.ofMillis(200))).isNull();
        }
    }

    @Test
    void aReconnectingBellIsToldToResyncAndNobodySignedOutListens() {
        try (EventStream stream = EventStream.open(team.owner(), "/notifications/live", "Last-Event-ID", "abc-3")) {
            stream.await("ready", SOON);
            stream.await("resync", SOON);
        }
        EventStream anonymous = EventStream.open(anonymous(), "/notifications/live");
        assertThat(anonymous.status()).isNotEqualTo(200);
        anonymous.close();
    }
}
