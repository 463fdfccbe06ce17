package dev.pms.imports;

import dev.pms.platform.web.RawHttp;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload that will be refused is refused from its headers: no "100 Continue" is sent and not a byte of
 * its body is read. Each request here sends its headers with {@code Expect: 100-continue} and then waits
 * for the answer without sending the body, as curl does for a big file.
 */
class UploadRefusalTests extends IntegrationTest {
    private static final long MAX_BYTES = 100L * 1024 * 1024;
    private static final String BOUNDARY = "pmsboundary";
    private Team team;

    @BeforeEach
    void team() {
        team = Team.create(port);
    }

    @Test
    void anUploadDeclaringOneByteOverTheLimitIsRefusedBeforeItsBody() {
        RawHttp.Reply reply = headersOnly(RawHttp.session(team.owner(), true), MAX_BYTES + 1);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.body()).contains("larger than the limit");
    }

    @Test
    void anAnonymousUploadIsRefusedBeforeItsBody() {
        RawHttp.Reply reply = headersOnly("", 10_000);
        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void aViewersUploadIsRefusedBeforeItsBody() {
        RawHttp.Reply reply = headersOnly(RawHttp.session(team.get(Team.Seat.VIEWER), true), 10_000);
        assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void anOutsidersUploadIsRefusedBeforeItsBody() {
        RawHttp.Reply reply = headersOnly(RawHttp.session(team.get(Team.Seat.OUTSIDER), true), 10_000);
        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void aSessionUploadWithoutTheCsrfHeaderIsRefusedBeforeItsBody() {
        RawHttp.Reply reply = headersOnly(RawHttp.session(team.get(Team.Seat.MEMBER), false), 10_000);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("CSRF");
    }

    /** The control: an upload that is allowed is told to go on, sends its body and is stored. */
    @Test
    void anAllowedUploadIsToldToContinueAndStored() {
        String body = multipart("Title\nWrite the docs\n");
        try (RawHttp http = RawHttp.connect(port)) {
            http.send(head(RawHttp.session(team.get(Team.Seat.MANAGER), true), body.length()));
            assertThat(http.reply().status()).isEqualTo(100);
            RawHttp.Reply stored = http.send(body).reply();
            assertThat(stored.status()).isEqualTo(202);
        }
    }

    private RawHttp.Reply headersOnly(String credentials, long contentLength) {
        try (RawHttp http = RawHttp.connect(port)) {
            RawHttp.Reply reply = http.send(head(credentials, contentLength)).reply();
            assertThat(reply.status()).as("the first answer, sent before any of the body").isNotEqualTo(100);
            return reply;
        }
    }

    private String head(String credentials, long contentLength) {
        return "POST " + team.path("/imports") + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + credentials
                + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + contentLength
                + "\r\nExpect: 100-continue\r\n\r\n";
    }

    private String multipart(String csv) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"projectId\"\r\n\r\n" + team.projectId + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tasks.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + BOUNDARY + "--\r\n";
    }
}
