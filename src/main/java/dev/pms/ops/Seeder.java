package dev.pms.ops;

import dev.pms.platform.Ids;
import dev.pms.task.TaskStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Fills the database with realistic users, workspaces, memberships, projects and tasks at COPY speed,
 * in one transaction: a failed seed leaves nothing behind. Seeded people sign in with {@link #PASSWORD}.
 */
@Service
public class Seeder {
    public static final String PASSWORD = "pms-seed-password";
    private static final Logger log = LoggerFactory.getLogger(Seeder.class);
    private final SeedRepository copies;
    private final PasswordEncoder passwordEncoder;

    Seeder(SeedRepository copies, PasswordEncoder passwordEncoder) {
        this.copies = copies;
        this.passwordEncoder = passwordEncoder;
    }

    private record Ws(UUID id, List<UUID> members, List<UUID> projects) {
    }

    @Transactional
    public void seed(SeedOptions options) {
        long start = System.nanoTime();
        SplittableRandom random = new SplittableRandom(42);
        String tag = options.emailTag() != null ? options.emailTag()
                : HexFormat.of().formatHex(Ids.next().toString().getBytes(), 0, 3);
        List<UUID> users = users(options.users(), tag, random);
        List<Ws> workspaces = workspaces(options, users, tag, random);
        tasks(options.tasks(), workspaces, random);
        copies.analyze();
        log.info("Seed done in {} s: {} users (password '{}', emails like {}), {} workspaces, {} tasks",
                String.format("%.1f", seconds(start)), options.users(), PASSWORD, email(0, tag), options.workspaces(), options.tasks());
    }

    private List<UUID> users(int count, String tag, SplittableRandom random) {
        String hash = passwordEncoder.encode(PASSWORD);
        List<UUID> ids = new ArrayList<>(count);
        try (Writer out = copies.copy("users", "id, email, name, password_hash")) {
            for (int n = 0; n < count; n++) {
                UUID id = Ids.next();
                ids.add(id);
                SeedRepository.row(out, id, email(n, tag), SeedData.pick(SeedData.FIRST, random) + " "
                        + SeedData.pick(SeedData.LAST, random), hash);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("seed: {} users", count);
        return ids;
    }

    private List<Ws> workspaces(SeedOptions options, List<UUID> users, String tag, SplittableRandom random) {
        List<Ws> result = new ArrayList<>();
        for (int w = 0; w < options.workspaces(); w++) {
            result.add(new Ws(Ids.next(), new ArrayList<>(), new ArrayList<>()));
        }
        for (int u = 0; u < users.size(); u++) {
            result.get(u % result.size()).members().add(users.get(u));
        }
        try (Writer ws = copies.copy("workspaces", "id, name, invite_code")) {
            for (int w = 0; w < result.size(); w++) {
                SeedRepository.row(ws, result.get(w).id(), "Team " + (w + 1) + " " + tag, tag + w + HexFormat.of().toHexDigits(random.nextLong()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeMembers(result);
        writeProjects(result, options.projectsPerWorkspace());
        writeProjectStates(result);
        log.info("seed: {} workspaces with members and {} projects each", result.size(), options.projectsPerWorkspace());
        return result;
    }

    private void writeMembers(List<Ws> workspaces) {
        try (Writer out = copies.copy("members", "workspace_id, user_id, role")) {
            for (Ws ws : workspaces) {
                for (int k = 0; k < ws.members().size(); k++) {
                    SeedRepository.row(out, ws.id(), ws.members().get(k), role(k));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeProjects(List<Ws> workspaces, int perWorkspace) {
        try (Writer out = copies.copy("projects", "id, workspace_id, name, key, description")) {
            for (Ws ws : workspaces) {
                for (int p = 0; p < perWorkspace; p++) {
                    UUID id = Ids.next();
                    ws.projects().add(id);
                    String name = SeedData.PROJECTS.get(p % SeedData.PROJECTS.size())
                            + (p >= SeedData.PROJECTS.size() ? " " + (p / SeedData.PROJECTS.size() + 1) : "");
                    SeedRepository.row(out, id, ws.id(), name, projectKey(p), "Work on the " + name.toLowerCase());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One state per category for each project, as a project created by hand starts with (docs/adr/0010). */
    private void writeProjectStates(List<Ws> workspaces) {
        try (Writer out = copies.copy("project_states", "workspace_id, project_id, id, name, category, position")) {
            for (Ws ws : workspaces) {
                for (UUID project : ws.projects()) {
                    for (TaskStatus category : TaskStatus.values()) {
                        SeedRepository.row(out, ws.id(), project, Ids.next(), category.label(), category.name(), category.ordinal() + 1);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void tasks(long total, List<Ws> workspaces, SplittableRandom random) {
        long start = System.nanoTime();
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();
        long written = 0;
        List<Object[]> counters = new ArrayList<>();
        try (Writer out = copies.copy("tasks", "id, workspace_id, project_id, title, description, status, priority, "
                + "assignee_id, due_date, position, created_by, updated_by, created_at, updated_at, number")) {
            for (int w = 0; w < workspaces.size(); w++) {
                Ws ws = workspaces.get(w);
                long inWorkspace = total / workspaces.size() + (w < total % workspaces.size() ? 1 : 0);
                for (int p = 0; p < ws.projects().size(); p++) {
                    long inProject = inWorkspace / ws.projects().size() + (p < inWorkspace % ws.projects().size() ? 1 : 0);
                    double[] positions = new double[5];
                    counters.add(new Object[]{ws.id(), ws.projects().get(p), inProject});
                    for (long i = 0; i < inProject; i++) {
                        writeTask(out, ws, ws.projects().get(p), positions, today, now, random, i + 1);
                        if (++written % 100_000 == 0) {
                            log.info("seed: tasks {}/{} ({} rows/s)", written, total, (long) (written / seconds(start)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeCounters(counters);
    }

    /** Each project's task counter, at its last number, as creates after the seed expect it. */
    private void writeCounters(List<Object[]> counters) {
        try (Writer out = copies.copy("task_numbers", "workspace_id, project_id, last_number")) {
            for (Object[] counter : counters) {
                SeedRepository.row(out, counter);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PA, PB, ... PZ, PAA, ...: unique in a workspace, whatever the names. */
    private static String projectKey(int index) {
        StringBuilder key = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            key.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return "P" + key;
    }

    private static void writeTask(Writer out, Ws ws, UUID project, double[] positions, LocalDate today, Instant now,
                                  SplittableRandom random, long number) {
        String status = SeedData.STATUSES[random.nextInt(SeedData.STATUSES.length)];
        int column = switch (status) {
            case "BACKLOG" -> 0;
            case "TODO" -> 1;
            case "IN_PROGRESS" -> 2;
            case "IN_REVIEW" -> 3;
            default -> 4;
        };
        positions[column] += 1024;
        UUID assignee = random.nextInt(10) < 8 ? ws.members().get(random.nextInt(ws.members().size())) : null;
        LocalDate due = random.nextInt(10) < 7 ? today.plusDays(random.nextInt(-60, 91)) : null;
        UUID creator = ws.members().get(random.nextInt(ws.members().size()));
        Instant created = now.minus(random.nextInt(0, 180 * 24 * 60), ChronoUnit.MINUTES);
        SeedRepository.row(out, Ids.next(), ws.id(), project, SeedData.title(random), "Generated for load tests",
                status, SeedData.PRIORITIES[random.nextInt(SeedData.PRIORITIES.length)], assignee, due,
                positions[column], creator, creator, created, created, number);
    }

    private static String role(int indexInWorkspace) {
        if (indexInWorkspace == 0) {
            return "OWNER";
        }
        if (indexInWorkspace < 3) {
            return "ADMIN";
        }
        if (indexInWorkspace < 10) {
            return "MANAGER";
        }
        return indexInWorkspace % 10 == 9 ? "VIEWER" : "MEMBER";
    }

    private static String email(int n, String tag) {
        return "user" + n + "." + tag + "@example.com";
    }

    private static double seconds(long startNanos) {
        return Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    }
}
