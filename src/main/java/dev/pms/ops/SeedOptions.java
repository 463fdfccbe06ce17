package dev.pms.ops;

import java.util.List;

/**
 * How much the seed command generates: {@code seed --users 1000 --workspaces 20 --tasks 1000000 --projects 10}.
 * {@code --email-tag load} names the people {@code user<N>.load@example.com}, so that a load test knows who
 * to sign in as; without it the tag is random and a second seed into the same database does not collide.
 */
public record SeedOptions(int users, int workspaces, int projectsPerWorkspace, long tasks, String emailTag) {

    public static SeedOptions parse(List<String> args) {
        int users = 1000;
        int workspaces = 20;
        int projects = 10;
        long tasks = 1_000_000;
        String emailTag = null;
        for (int i = 0; i < args.size(); i++) {
            String value = i + 1 < args.size() ? args.get(i + 1) : "";
            switch (args.get(i)) {
                case "--users" -> users = Integer.parseInt(value);
                case "--workspaces" -> workspaces = Integer.parseInt(value);
                case "--projects" -> projects = Integer.parseInt(value);
                case "--tasks" -> tasks = Long.parseLong(value);
                case "--email-tag" -> emailTag = value;
                default -> {
                    continue;
                }
            }
            i++;
        }
        if (users < workspaces || workspaces < 1 || projects < 1 || tasks < 0) {
            throw new IllegalArgumentException("need --users >= --workspaces >= 1, --projects >= 1, --tasks >= 0");
        }
        if (emailTag != null && !emailTag.matches("[a-z0-9-]{1,20}")) {
            throw new IllegalArgumentException("--email-tag takes 1 to 20 of a-z, 0-9 and '-'");
        }
        return new SeedOptions(users, workspaces, projects, tasks, emailTag);
    }
}
