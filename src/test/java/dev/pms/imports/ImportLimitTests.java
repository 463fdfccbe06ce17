package dev.pms.imports;


import dev.pms.imports.parse.Workbooks;

import dev.pms.support.SmallLimitsTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The size, row and text limits, 1 MB, 1,000 rows and 1,000,000 characters here so the tests stay quick. */
class ImportLimitTests extends SmallLimitsTest {

    @AfterEach
    void nothingKeptAndServerHealthy() {
        assertThat(anonymous().get("/api/health").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from import_file_chunks").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isZero();
    }

    @Test
    void uploadWhoseContentLengthIsOverTheLimitIsRefusedBeforeItsBodyIsSent() {
        Team team = Team.create(port);
        long length = 50L * 1024 * 1024;
        int[] sent = {0};
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> counting(length, sent)), length);
        Response refused = team.owner().sendBody("POST", team.path("/imports"), body, "multipart/form-data; boundary=x", true);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("larger than the limit");
        assertThat(sent[0]).isZero();
        assertThat(jdbc.sql("select count(*) from imports").query(Long.class).single()).isZero();
    }

    @Test
    void bodyWithoutLengthThatTurnsOutTooBigIsRefusedAndNothingIsKept() {
        Team team = Team.create(port);
        String boundary = "pmsboundary";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"projectId\"\r\n\r\n" + team.projectId
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nTitle\n";
        Supplier<InputStream> stream = () -> new SequenceInputStream(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                counting(3L * 1024 * 1024, new int[1]));
        Response refused = team.owner().sendBody("POST", team.path("/imports"), HttpRequest.BodyPublishers.ofInputStream(stream),
                "multipart/form-data; boundary=" + boundary, false);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(jdbc.sql("select count(*) from imports").query(Long.class).single()).isZero();
    }

    @Test
    void fileOverTheRowLimitFailsAndImportsNothing() {
        Team team = Team.create(port);
        StringBuilder rows = new StringBuilder("Title\n");
        for (int i = 0; i < 1001; i++) {
            rows.append("Task ").append(i).append('\n');
        }
        Response done = Uploads.importFile(team, "many.csv", Uploads.csv(rows.toString()));
        assertThat(done.get("status")).isEqualTo("FAILED");
        assertThat(done.get("error")).contains("more than 1000 rows");
    }

    /** A small workbook that names one 100,000-character shared string in every row writes far more than its size. */
    @Test
    void importThatWouldWriteMoreTextThanTheCapFailsAndImportsNothing() {
        Team team = Team.create(port);
        StringBuilder rows = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>");
        for (int r = 2; r <= 20; r++) {
            rows.append("<row r=\"").append(r).append("\">").append(Workbooks.inline("A" + r, "Task " + r))
                    .append("<c r=\"B").append(r).append("\" t=\"s\"><v>2</v></c></row>");
        }
        byte[] file = Workbooks.zip(Workbooks.parts(rows.toString(),
                Workbooks.sharedStrings("Title", "Description", Workbooks.noise(100_000))));
        assertThat(file.length).isLessThan(100_000);
        Response done = Uploads.importFile(team, "repeats.xlsx", file);
        assertThat(done.get("status")).as(done.toString()).isEqualTo("FAILED");
        assertThat(done.get("error")).isEqualTo("Row 11: the import would write more than 1,000,000 characters of titles and "
                + "descriptions, the most one import may; nothing was imported");
    }

    /** A stream of task lines ("x\n") of the given length that counts what was read. */
    private static InputStream counting(long length, int[] read) {
        return new InputStream() {
            private long left = length;

            @Override
            public int read() {
                if (left-- <= 0) {
                    return -1;
                }
                read[0]++;
                return left % 2 == 0 ? '\n' : 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) ((left - i) % 2 == 0 ? '\n' : 'x');
                }
                left -= n;
                read[0] += n;
                return n;
            }
        };
    }
}
