package dev.pms.load;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/** The files the upload scenarios send: new tasks in the columns a spreadsheet export would have. */
final class CsvFiles {
    private static final String[] STATUSES = {"BACKLOG", "TODO", "IN_PROGRESS", "IN_REVIEW", "DONE"};
    private static final String[] PRIORITIES = {"NONE", "LOW", "MEDIUM", "HIGH", "URGENT"};

    private CsvFiles() {
    }

    /** {@code rows} tasks with titles unique to this file, so that every upload adds exactly {@code rows} tasks. */
    static byte[] tasks(int rows) {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now();
        StringBuilder csv = new StringBuilder(rows * 90).append("Title,Description,Status,Priority,Due date\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Load task ").append(batch).append('-').append(i)
                    .append(",\"Imported by the capacity benchmark, row ").append(i).append("\",")
                    .append(STATUSES[i % STATUSES.length]).append(',')
                    .append(PRIORITIES[i % PRIORITIES.length]).append(',')
                    .append(today.plusDays(i % 90)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
