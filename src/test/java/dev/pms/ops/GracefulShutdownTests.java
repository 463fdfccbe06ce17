package dev.pms.ops;

import com.zaxxer.hikari.HikariDataSource;
import dev.pms.support.Api;
import dev.pms.support.AppInstance;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.StartsNodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@StartsNodes
class GracefulShutdownTests extends IntegrationTest {
    @Autowired
    HikariDataSource dataSource;

    @Test
    void aNodeShuttingDownFinishesTheRequestsInFlight() throws Exception {
        URI jdbc = URI.create(dataSource.getJdbcUrl().substring("jdbc:".length()));
        AppInstance node = AppInstance.start("postgres://postgres:postgres@localhost:" + jdbc.getPort() + "/postgres");
        Api ann = Api.signUp(node.port(), "Ann");
        CompletableFuture<Response> inFlight;
        CompletableFuture<Void> shutdown;
        try (Connection lock = dataSource.getConnection()) {
            // holds the request inside its handler: listing workspaces waits for this lock
            lock.setAutoCommit(false);
            lock.createStatement().execute("lock table workspaces in access exclusive mode");
            inFlight = CompletableFuture.supplyAsync(() -> ann.get("/api/v1/workspaces"));
            Thread.sleep(500);
            shutdown = CompletableFuture.runAsync(node::close);
            Thread.sleep(500);
            assertThat(inFlight).isNotDone();
            assertThat(shutdown).isNotDone();
            lock.commit();
        }
        assertThat(inFlight.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        shutdown.get(30, TimeUnit.SECONDS);
    }
}
