package dev.pms.ops;

import java.util.List;

/** How much the seed command generates: {@code seed --users 1000 --workspaces 20 --tasks 1000000 --projects 10}. */
public record SeedOptions(int users, int workspaces, int projectsPerWorkspace, long tasks) {

    public static SeedOptions parse(List<String> args) {
        int users = 1000;
        int workspaces = 20;
        int projects = 10;
        long tasks = 1_000_000;
        for (int i = 0; i < args.size(); i++) {
            String value = i + 1 < args.size() ? args.get(i + 1) : "";
            switch (args.get(i)) {
                case "--users" -> users = Integer.parseInt(value);
                case "--workspaces" -> workspaces = Integer.parseInt(value);
                case "--projects" -> projects = Integer.parseInt(value);
                case "--tasks" -> tasks = Long.parseLong(value);
                default -> {
                    continue;
                }
            }
            i++;
        }
        if (users < workspaces || workspaces < 1 || projects < 1 || tasks < 0) {
            throw new IllegalArgumentException("need --users >= --workspaces >= 1, --projects >= 1, --tasks >= 0");
        }
        return new SeedOptions(users, workspaces, projects, tasks);
    }
}
