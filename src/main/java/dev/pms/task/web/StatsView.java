package dev.pms.task.web;

import java.util.List;

/** The home page's five counts, each with its 30-day trend. */
public record StatsView(List<Stat> stats) {

    /** One card: a count, a link to the tasks behind it, and the change against the 30 days before. */
    public record Stat(String label, long value, String href, String trend, String trendClass, String trendHelp) {
    }
}
