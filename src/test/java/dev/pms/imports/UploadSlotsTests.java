package dev.pms.imports;

import dev.pms.support.SmallLimitsTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** A node stores one upload at a time here: the others wait their turn, and one that waits too long gets a clean 503. */
class UploadSlotsTests extends SmallLimitsTest {
    private static final int UPLOADS = 6;

    @Autowired
    UploadSlots slots;

    @Test
    void uploadsArrivingTogetherWaitTheirTurnAndAllImport() throws Exception {
        Team team = Team.create(port);
        List<Future<Response>> uploads = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < UPLOADS; i++) {
                uploads.add(clients.submit(() -> Uploads.upload(team, "tasks.csv", Uploads.rows(100))));
            }
            for (Future<Response> upload : uploads) {
                Response accepted = upload.get();
                assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
                assertThat(Uploads.awaitEnd(team.owner(), accepted.header("Location")).get("status")).isEqualTo("SUCCEEDED");
            }
        }
        assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isEqualTo(UPLOADS * 100L);
    }

    @Test
    void anUploadThatWaitsTooLongIsRefusedWith503AndNothingIsKept() {
        Team team = Team.create(port);
        slots.acquire();
        try {
            Response refused = Uploads.upload(team, "tasks.csv", Uploads.rows(10));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isNotNull();
            assertThat(refused.get("type")).endsWith("/uploads-busy");
            assertThat(jdbc.sql("select count(*) from imports").query(Long.class).single()).isZero();
        } finally {
            slots.release();
        }
        assertThat(Uploads.upload(team, "tasks.csv", Uploads.rows(10)).status()).isEqualTo(202);
    }
}
