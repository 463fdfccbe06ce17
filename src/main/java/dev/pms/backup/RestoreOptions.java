package dev.pms.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code ./pms restore [--at TIME] [--from DIR] [--into DIR] [--replace] [--no-start]}.
 *
 * @param at      the moment to go back to; null for the latest one the WAL reaches
 * @param from    the backups folder; null for PMS_BACKUP_DIR
 * @param into    the new data folder; null for one named after the data folder and the time
 * @param replace restore into the data folder itself, after moving the current one aside
 * @param start   start PMS on the restored data
 */
public record RestoreOptions(Instant at, Path from, Path into, boolean replace, boolean start) {
    static final String USAGE = "usage: ./pms restore [--at 2026-12-01T14:03:00Z] [--from BACKUPS_DIR] [--into NEW_DATA_DIR] "
            + "[--replace] [--no-start]";

    public static RestoreOptions parse(List<String> args) {
        Instant at = null;
        Path from = null;
        Path into = null;
        boolean replace = false;
        boolean start = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--at" -> at = moment(value(args, ++i, arg));
                case "--from" -> from = Path.of(value(args, ++i, arg));
                case "--into" -> into = Path.of(value(args, ++i, arg));
                case "--replace" -> replace = true;
                case "--no-start" -> start = false;
                default -> throw new BackupException("Unknown option " + arg + "; " + USAGE);
            }
        }
        if (replace && into != null) {
            throw new BackupException("--replace restores into the data folder itself; leave out --into");
        }
        return new RestoreOptions(at, from, into, replace, start);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new BackupException(option + " needs a value; " + USAGE);
        }
        return args.get(i);
    }

    static Instant moment(String text) {
        try {
            return OffsetDateTime.parse(text.trim().replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            throw new BackupException("--at takes a moment with its time zone, such as 2026-12-01T14:03:00Z or "
                    + "2026-12-01T15:03:00+01:00, not \"" + text + "\"");
        }
    }
}
