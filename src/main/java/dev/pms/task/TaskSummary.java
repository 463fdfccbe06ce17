package dev.pms.task;

/**
 * The workspace home's numbers. Each count comes with how many tasks entered it in the last 30 days and in
 * the 30 days before (by creation, last change or due date), so the page can show the trend.
 */
public record TaskSummary(Count total, Count assignedToMe, Count inProgress, Count completed, Count overdue) {

    public record Count(long value, long last30Days, long previous30Days) {
        public long change() {
            return last30Days - previous30Days;
        }
    }
}
