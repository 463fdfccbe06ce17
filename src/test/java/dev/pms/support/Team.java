package dev.pms.support;

import java.util.EnumMap;
import java.util.Map;

/**
 * A workspace with one person in each of the five roles and an outsider who belongs to another
 * workspace; built through the API, as people would, once per test JVM, and then restored from that build's rows
 * ({@link TeamSnapshot}).
 */
public final class Team {
    public enum Seat { OWNER, ADMIN, MANAGER, MEMBER, VIEWER, OUTSIDER }

    private final int port;
    public final String workspaceId;
    public final String projectId;
    public final String otherWorkspaceId;
    private final Map<Seat, Api> people = new EnumMap<>(Seat.class);

    private Team(int port, String workspaceId, String projectId, String otherWorkspaceId) {
        this.port = port;
        this.workspaceId = workspaceId;
        this.projectId = projectId;
        this.otherWorkspaceId = otherWorkspaceId;
    }

    Team(int port, String workspaceId, String projectId, String otherWorkspaceId, Map<Seat, Api> people) {
        this(port, workspaceId, projectId, otherWorkspaceId);
        this.people.putAll(people);
    }

    public static Team create(int port) {
        return TeamSnapshot.restore(port, Team::build).orElseGet(() -> build(port));
    }

    private static Team build(int port) {
        Api owner = Api.signUp(port, "Olivia Owner");
        String ws = owner.post("/api/v1/workspaces", Map.of("name", "Acme")).get("id");
        String project = owner.post("/api/v1/workspaces/" + ws + "/projects", Map.of("name", "Website")).get("id");
        String code = owner.get("/api/v1/workspaces/" + ws + "/invite").get("code");
        Api outsider = Api.signUp(port, "Oscar Outsider");
        String other = outsider.post("/api/v1/workspaces", Map.of("name", "Elsewhere")).get("id");
        Team team = new Team(port, ws, project, other);
        team.people.put(Seat.OWNER, owner);
        team.people.put(Seat.OUTSIDER, outsider);
        for (Seat seat : new Seat[]{Seat.ADMIN, Seat.MANAGER, Seat.MEMBER, Seat.VIEWER}) {
            Api person = Api.signUp(port, seat.name().charAt(0) + seat.name().substring(1).toLowerCase() + " Person");
            person.post("/api/v1/workspaces/join", Map.of("code", code));
            owner.patch("/api/v1/workspaces/" + ws + "/members/" + person.userId(), Map.of("role", seat.name()));
            team.people.put(seat, person);
        }
        return team;
    }

    public int port() {
        return port;
    }

    public Api get(Seat seat) {
        return people.get(seat);
    }

    public Api owner() {
        return get(Seat.OWNER);
    }

    public String path(String rest) {
        return "/api/v1/workspaces/" + workspaceId + rest;
    }

    /** Adds a state to the team's project through the API, as its owner, and returns its id. */
    public String state(String name, String category) {
        Response r = owner().post(path("/projects/" + projectId + "/states"), Map.of("name", name, "category", category));
        if (r.status() != 201) {
            throw new IllegalStateException("state creation failed: " + r);
        }
        return r.get("id");
    }

    /** Creates a task through the API as {@code who} and returns its id. */
    public String task(Api who, String title) {
        Response r = who.post(path("/tasks"), Map.of("projectId", projectId, "title", title));
        if (r.status() != 201) {
            throw new IllegalStateException("task creation failed: " + r);
        }
        return r.get("id");
    }
}
