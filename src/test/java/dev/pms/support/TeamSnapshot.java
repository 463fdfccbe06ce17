package dev.pms.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.HttpCookie;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * The rows of the first {@link Team} a test JVM builds through the API, kept in a schema of their own and copied back
 * into the emptied tables when a later test asks for a team: one statement instead of about twenty requests (six
 * sign-ups, two workspaces, a project, four joins and four role changes). Every row comes back as the API wrote it,
 * sessions included, so each person's cookies are valid again; each restore hands out new clients with copies of
 * those cookies, so a test that signs a person out or changes their password leaves the next test's team whole.
 * <p>
 * Only into a database with no account yet (a test that makes a second team, or a team after people of its own, gets
 * one built through the API), and only on the shared test server of an {@link IntegrationTest}: a node a test starts
 * itself is built through the API as before.
 */
final class TeamSnapshot {
    private static final String SCHEMA = "team_snapshot";
    /** The shared test server's database, by the port of the application that uses it. */
    private static final Map<Integer, JdbcClient> DATABASES = new ConcurrentHashMap<>();
    /** Taken once per test JVM: every shared context of a JVM uses its one embedded server. */
    private static TeamSnapshot taken;

    private final String workspaceId;
    private final String projectId;
    private final String otherWorkspaceId;
    private final Map<Team.Seat, Person> people;
    private final String restoreStatement;

    private record Person(JsonNode user, List<HttpCookie> cookies) {
    }

    private TeamSnapshot(Team team, String restoreStatement) {
        this.workspaceId = team.workspaceId;
        this.projectId = team.projectId;
        this.otherWorkspaceId = team.otherWorkspaceId;
        this.people = new EnumMap<>(Team.Seat.class);
        for (Team.Seat seat : Team.Seat.values()) {
            Api person = team.get(seat);
            people.put(seat, new Person(person.user, person.cookies().stream().map(c -> (HttpCookie) c.clone()).toList()));
        }
        this.restoreStatement = restoreStatement;
    }

    static void register(int port, JdbcClient jdbc) {
        DATABASES.put(port, jdbc);
    }

    /** The snapshot's team, restored; empty where it cannot be (no shared test server, or people already there). */
    static synchronized Optional<Team> restore(int port, IntFunction<Team> build) {
        JdbcClient jdbc = DATABASES.get(port);
        if (jdbc == null || hasAccounts(jdbc)) {
            return Optional.empty();
        }
        if (taken == null) {
            Team team = build.apply(port);
            taken = take(jdbc, team);
            return Optional.of(team);
        }
        jdbc.sql(taken.restoreStatement).update();
        return Optional.of(taken.team(port));
    }

    private static boolean hasAccounts(JdbcClient jdbc) {
        return jdbc.sql("select exists (select 1 from users)").query(Boolean.class).single();
    }

    private Team team(int port) {
        Map<Team.Seat, Api> clients = new EnumMap<>(Team.Seat.class);
        people.forEach((seat, person) -> clients.put(seat, Api.signedIn(port, person.user(),
                person.cookies().stream().map(c -> (HttpCookie) c.clone()).toList())));
        return new Team(port, workspaceId, projectId, otherWorkspaceId, clients);
    }

    /** Copies every application table that holds rows (as the cleaner finds them) into {@link #SCHEMA} and returns the statement that copies them back. */
    private static TeamSnapshot take(JdbcClient jdbc, Team team) {
        List<String> tables = DatabaseCleaner.filledTables(jdbc);
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade; create schema " + SCHEMA).update();
        StringBuilder restore = new StringBuilder("do $$ begin perform set_config('session_replication_role', 'replica', true); ");
        for (String table : tables) {
            // generated columns (the search vectors) are computed again on insert; identity columns keep their values
            String columns = jdbc.sql("""
                            select string_agg(quote_ident(attname), ', ' order by attnum) from pg_attribute
                            where attrelid = cast(:table as regclass) and attnum > 0 and not attisdropped and attgenerated = ''""")
                    .param("table", "public." + table).query(String.class).single();
            boolean identity = jdbc.sql("select exists (select 1 from pg_attribute where attrelid = cast(:table as regclass) and attidentity = 'a')")
                    .param("table", "public." + table).query(Boolean.class).single();
            jdbc.sql("create table " + SCHEMA + "." + table + " as select " + columns + " from public." + table).update();
            restore.append("insert into public.").append(table).append(" (").append(columns).append(")")
                    .append(identity ? " overriding system value" : "")
                    .append(" select ").append(columns).append(" from ").append(SCHEMA).append(".").append(table).append("; ");
        }
        return new TeamSnapshot(team, restore.append("end $$").toString());
    }
}
