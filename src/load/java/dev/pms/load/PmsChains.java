package dev.pms.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/** What a person does in PMS through its JSON API, as the scenarios combine it: sign in, browse, upload, export. */
final class PmsChains {
    private static final String WS = "/api/v1/workspaces/#{ws}";
    private static final List<String> LIST_FILTERS = List.of(
            "project=#{project}&status=TODO&status=IN_PROGRESS&sort=POSITION",
            "project=#{project}&status=IN_REVIEW&sort=PRIORITY",
            "project=#{project}&sort=DUE",
            "project=#{project}&assignee=me",
            "assignee=me&sort=DUE");

    private PmsChains() {
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(LoadSettings.BASE_URL)
                .acceptHeader("application/json")
                .userAgentHeader("pms-capacity-benchmark")
                .shareConnections();
    }

    /** People {@code user<from>} to {@code user<from+count-1>}, each used once; "index" counts them from 0. */
    static Iterator<Map<String, Object>> people(int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(n -> Map.<String, Object>of("email", LoadSettings.email(n), "index", n - from))
                .iterator();
    }

    /** Signs in with a session cookie and finds the person's workspace, its projects and one task to open. */
    static ChainBuilder signIn() {
        return signIn("sign in");
    }

    private static ChainBuilder signIn(String groupName) {
        return group(groupName).on(
                exec(http("sign in").post("/api/v1/auth/signin").asJson()
                        .body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + LoadSettings.PASSWORD + "\"}"))
                        .check(status().is(200)))
                .exec(http("workspaces").get("/api/v1/workspaces").check(jsonPath("$[0].id").saveAs("ws")))
                .exec(http("projects").get(WS + "/projects")
                        .check(jsonPath("$[*].id").findAll().saveAs("projects")))
                .exec(PmsChains::pickProject)
                .exec(http("task list").get(WS + "/tasks?project=#{project}")
                        .check(jsonPath("$.items[*].id").findRandom().saveAs("taskId")))
                .exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf"))));
    }

    /**
     * One browsing request: a filtered task list, my tasks, a board or one task, in a web client's proportions.
     * Its group is "browse" once everyone has signed in, "browse while signing in" before.
     */
    static ChainBuilder browseOnce() {
        return exec(session -> ThreadLocalRandom.current().nextInt(5) == 0 ? pickProject(session) : session)
                .doIfOrElse(session -> SignIns.allDone()).then(group("browse").on(browseRequest()))
                .orElse(group("browse while signing in").on(browseRequest()));
    }

    // every check parses the JSON body: a response cut off midway, which a proxy may end as if it were complete
    // (nginx does, with a 200), is an error, not only a status other than 200
    private static ChainBuilder browseRequest() {
        return exec(randomSwitch().on(
                        percent(40.0).then(exec(http("task list").get(PmsChains::filteredList)
                                .check(jsonPath("$.items[*].id").findRandom().optional().saveAs("taskId")))),
                        percent(20.0).then(exec(http("my tasks").get(WS + "/my-tasks")
                                .check(status().is(200), jsonPath("$.items").exists()))),
                        percent(10.0).then(exec(http("board").get(WS + "/projects/#{project}/board?limit=50")
                                .check(status().is(200), jsonPath("$.DONE.items").exists()))),
                        percent(30.0).then(exec(http("task").get(WS + "/tasks/#{taskId}")
                                .check(status().is(200), jsonPath("$.id").exists())))));
    }

    /**
     * Signs in, then browses at the pace that makes all browsers together reach the target rate, until
     * {@link LoadSettings#browse} after the last person has signed in.
     */
    static ChainBuilder signInAndBrowse() {
        return exec(signIn()).exec(SignIns::ended).exitHereIfFailed()
                .asLongAs(session -> SignIns.browsing(LoadSettings.browse)).on(
                        pace(LoadSettings.pace()).exec(browseOnce()));
    }

    /**
     * Signs in before the scenario proper, at most {@link LoadSettings#signInsAtOnce} people at a time so that the
     * server's password hashing keeps up instead of queueing hundreds of sign-ins, then waits until everyone has:
     * what follows starts for all at once. Reported in its own group, "sign in beforehand".
     */
    static ChainBuilder signInBeforehand() {
        return asLongAs(session -> !SignIns.tryStart(), false).on(pause(Duration.ofMillis(50)))
                .exec(signIn("sign in beforehand"))
                .exec(SignIns::endedBeforehand).exitHereIfFailed()
                .asLongAs(session -> !SignIns.allDone()).on(pause(Duration.ofMillis(50)));
    }

    /**
     * Browses from the moment everyone has signed in until {@link LoadSettings#browse} later, at the target rate
     * from the first second: person {@code index} makes its first request index / rps seconds after that moment.
     */
    static ChainBuilder browseFromStart() {
        return pause(session -> SignIns.untilAllDonePlus(LoadSettings.startOffset(session.getInt("index"))))
                .asLongAs(session -> SignIns.browsing(LoadSettings.browse)).on(
                        pace(LoadSettings.pace()).exec(browseOnce()));
    }

    /**
     * Uploads a CSV of new tasks and polls the import until it ends; the group's time is upload to SUCCEEDED.
     * A FAILED import or a short count is an error.
     */
    static ChainBuilder upload() {
        return group("upload to SUCCEEDED").on(
                        exec(http("upload").post(WS + "/imports").header("X-XSRF-TOKEN", "#{xsrf}")
                                .bodyParts(
                                        ByteArrayBodyPart("file", session -> CsvFiles.tasks(LoadSettings.uploadRows))
                                                .fileName("tasks.csv").contentType("text/csv"),
                                        StringBodyPart("projectId", "#{project}"),
                                        StringBodyPart("mode", "strict"),
                                        // a script's one-shot import: without it the upload stops at its preview
                                        StringBodyPart("confirm", "true"))
                                .asMultipartForm()
                                .check(status().is(202), jsonPath("$.id").saveAs("importId"),
                                        jsonPath("$.status").saveAs("importStatus")))
                        .exitHereIfFailed()
                        .asLongAsDuring(session -> !finished(session), LoadSettings.importTimeout).on(
                                pause(LoadSettings.pollEvery)
                                        .exec(http("import status").get(WS + "/imports/#{importId}")
                                                .check(jsonPath("$.status").saveAs("importStatus")))))
                .exec(http("import result").get(WS + "/imports/#{importId}").check(
                        jsonPath("$.status").is("SUCCEEDED"),
                        jsonPath("$.rowsInserted").ofInt().is(LoadSettings.uploadRows)));
    }

    /** Downloads the person's project as CSV. */
    static ChainBuilder export() {
        return exec(http("export").get(WS + "/tasks/export?format=csv&project=#{project}")
                        .check(status().is(200), bodyLength().gt(1000)));
    }

    static Duration remaining(Instant until) {
        Duration left = Duration.between(Instant.now(), until);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static boolean finished(Session session) {
        String status = session.getString("importStatus");
        return "SUCCEEDED".equals(status) || "FAILED".equals(status);
    }

    private static Session pickProject(Session session) {
        List<String> projects = session.getList("projects");
        return session.set("project", projects.get(ThreadLocalRandom.current().nextInt(projects.size())));
    }

    private static String filteredList(Session session) {
        String filter = LIST_FILTERS.get(ThreadLocalRandom.current().nextInt(LIST_FILTERS.size()));
        return "/api/v1/workspaces/" + session.getString("ws") + "/tasks?"
                + filter.replace("#{project}", session.getString("project"));
    }

}
