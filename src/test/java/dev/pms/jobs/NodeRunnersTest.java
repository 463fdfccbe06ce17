package dev.pms.jobs;

import dev.pms.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tests in which runners play the nodes: this node's own workers are paused, so the test decides who claims
 * what and when.
 */
abstract class NodeRunnersTest extends IntegrationTest {
    @Autowired
    JobWorkers workers;
    @Autowired
    JobRepository jobs;
    @Autowired
    JobsProperties properties;
    @Autowired
    List<JobHandler> handlers;
    @Autowired
    JobMonitor monitor;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void pauseThisNodesWorkers() {
        workers.stop();
    }

    @AfterEach
    void resumeThisNodesWorkers() {
        workers.start();
    }

    /** A node named {@code owner}, running every job kind of this application with {@code settings}. */
    JobRunner runner(String owner, JobsProperties settings) {
        Map<String, JobHandler> byKind = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
        return new JobRunner(jobs, byKind, settings, owner, monitor, new TransactionTemplate(transactions));
    }
}
