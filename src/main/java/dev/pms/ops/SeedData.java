package dev.pms.ops;

import java.util.List;
import java.util.SplittableRandom;

/** Word lists that make generated people, projects and tasks read like a real team's. */
final class SeedData {
    static final List<String> FIRST = List.of("Ada", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines",
            "Jonas", "Kemal", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Victor",
            "Wen", "Ximena", "Yusuf", "Zoe");
    static final List<String> LAST = List.of("Okafor", "Schmidt", "Nakamura", "Silva", "Kowalski", "Haddad", "Novak",
            "Larsen", "Moreau", "Rossi", "Ivanova", "Chen", "Garcia", "Kaur", "Walsh", "Adeyemi", "Bergström", "Costa");
    static final List<String> PROJECTS = List.of("Website", "Mobile App", "Billing", "Onboarding", "Data Platform",
            "Security", "Design System", "Marketing Site", "Support Tools", "Infrastructure", "Search", "Analytics",
            "Integrations", "Internal Tools", "Growth");
    static final List<String> VERBS = List.of("Fix", "Add", "Refactor", "Document", "Test", "Review", "Design", "Migrate",
            "Investigate", "Remove", "Speed up", "Localise", "Monitor", "Automate");
    static final List<String> THINGS = List.of("login flow", "password reset", "invoice export", "search results",
            "dashboard charts", "API rate limits", "email templates", "user settings", "CSV import", "audit log",
            "dark mode", "push notifications", "payment retries", "onboarding checklist", "permissions page",
            "release pipeline", "error pages", "session timeout", "webhook delivery", "backup job");
    static final String[] STATUSES = {"BACKLOG", "TODO", "TODO", "IN_PROGRESS", "IN_REVIEW", "DONE", "DONE", "DONE"};
    static final String[] PRIORITIES = {"NONE", "NONE", "LOW", "MEDIUM", "MEDIUM", "HIGH", "URGENT"};

    private SeedData() {
    }

    static String pick(List<String> words, SplittableRandom random) {
        return words.get(random.nextInt(words.size()));
    }

    static String title(SplittableRandom random) {
        return pick(VERBS, random) + " " + pick(THINGS, random);
    }
}
