package dev.pms.platform.web;

import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests broken at the HTTP level (a body shorter than its Content-Length, a length and a chunked encoding
 * at once, a multipart body cut short) are the client's mistake: 400 problem details, no stack trace logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestTests extends IntegrationTest {
    private static final String BOUNDARY = "pmsboundary";

    @Test
    void aJsonBodyShorterThanItsContentLengthIs400(CapturedOutput log) {
        Team team = Team.create(port);
        RawHttp.Reply reply = sendAndHalfClose(post(team.path("/tasks"), RawHttp.session(team.owner(), true),
                "Content-Type: application/json\r\nContent-Length: 500\r\n") + "{\"title\":\"Half");
        assertBadRequest(reply, log);
    }

    @Test
    void anUploadShorterThanItsContentLengthIs400(CapturedOutput log) {
        Team team = Team.create(port);
        String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nTitle\nOne\n";
        RawHttp.Reply reply = sendAndHalfClose(post(team.path("/imports"), RawHttp.session(team.owner(), true),
                "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: 5000\r\n") + part);
        assertBadRequest(reply, log);
        assertThat(jdbc.sql("select count(*) from imports").query(Long.class).single()).isZero();
    }

    @Test
    void aRequestWithBothContentLengthAndTransferEncodingIs400(CapturedOutput log) {
        Team team = Team.create(port);
        String json = "{\"projectId\":\"" + team.projectId + "\",\"title\":\"Smuggled\"}";
        RawHttp.Reply reply = sendAndHalfClose(post(team.path("/tasks"), RawHttp.session(team.owner(), true),
                "Content-Type: application/json\r\nContent-Length: " + json.length() + "\r\nTransfer-Encoding: chunked\r\n") + json);
        assertBadRequest(reply, log);
        assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isZero();
    }

    @Test
    void anUploadWithBothContentLengthAndTransferEncodingIs400(CapturedOutput log) {
        Team team = Team.create(port);
        String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nTitle\nOne\n\r\n--" + BOUNDARY + "--\r\n";
        RawHttp.Reply reply = sendAndHalfClose(post(team.path("/imports"), RawHttp.session(team.owner(), true),
                "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + part.length()
                        + "\r\nTransfer-Encoding: chunked\r\n") + part);
        assertBadRequest(reply, log);
        assertThat(jdbc.sql("select count(*) from imports").query(Long.class).single()).isZero();
    }

    @Test
    void anAnonymousTruncatedMultipartSignUpIs400(CapturedOutput log) {
        String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nann@exa";
        RawHttp.Reply reply = sendAndHalfClose(post("/api/v1/auth/signup", "",
                "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + part.length() + "\r\n") + part);
        // the body is never read: sign-up takes JSON, so the multipart is refused by its Content-Type alone
        assertThat(reply.status()).as(reply.toString()).isEqualTo(415);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertNoStackTrace(log);
        assertThat(jdbc.sql("select count(*) from users").query(Long.class).single()).isZero();
    }

    private RawHttp.Reply sendAndHalfClose(String request) {
        try (RawHttp http = RawHttp.connect(port)) {
            return http.send(request).endOfInput().reply();
        }
    }

    private String post(String path, String credentials, String headers) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + credentials + headers + "\r\n";
    }

    private static void assertBadRequest(RawHttp.Reply reply, CapturedOutput log) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("org.");
        assertNoStackTrace(log);
    }

    private static void assertNoStackTrace(CapturedOutput log) {
        assertThat(log.getAll()).doesNotContain("\tat ").doesNotContain("Unexpected failure");
    }
}
