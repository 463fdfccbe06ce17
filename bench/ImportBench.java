import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the import benchmark in one client process, so that neither side pays for starting a JVM. First
 * both sides are warmed alike, as a running server and a DBA's session are: 20 unmeasured imports and 20
 * unmeasured raw COPYs of the warm-up file, and 2,000 reads of an import (PMS's request path). Then for
 * each size RUNS pairs of (PMS import through the HTTP API, raw COPY of the same rows on a new
 * connection), each on a table cleaned of the workspace's tasks, and the medians with their ratio.
 * With two more files per size (<rows>=<upload>=<copy>=<keyed first>=<keyed second>), each run instead pairs a
 * plain import of the upload file with an import by key: the first keyed file is imported unmeasured, then the
 * second, whose keys are half known (updated) and half new, is measured (the upsert mode, DESIGN §12).
 *   java -cp postgresql.jar ImportBench.java <base-url> <token> <workspace> <project> <jdbc-url> <runs>
 *        <warm-up upload file> <warm-up copy file> <rows>=<upload file>=<copy file>[=<keyed first>=<keyed second>] ...
 */
public class ImportBench {
    private static final int WARM_UP_RUNS = 20;
    private static final int WARM_UP_READS = 2_000;

    public static void main(String[] args) throws Exception {
        ImportClient client = new ImportClient(args[0], args[1], args[2], args[3]);
        String jdbc = args[4], workspace = args[2];
        int runs = Integer.parseInt(args[5]);
        Path warmUpFile = Path.of(args[6]);
        String warmUpCopy = args[7];
        client.warmUp(warmUpFile);
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            client.importMillis(warmUpFile);
            RawCopy.clean(jdbc, workspace);
            RawCopy.copyMillis(jdbc, warmUpCopy);
            RawCopy.clean(jdbc, workspace);
        }
        for (int i = 0; i < WARM_UP_READS; i++) {
            client.readLast();
        }
        if ("preview".equals(System.getenv("MODE"))) {
            previews(client, runs, args);
            return;
        }
        boolean upsert = args.length > 8 && args[8].split("=").length == 5;
        if (upsert) {
            upserts(client, jdbc, workspace, runs, args);
            return;
        }
        System.out.printf("%-9s %-6s %10s %9s %11s %10s %7s%n", "rows", "run", "import_ms", "copy_ms", "import_r/s", "copy_r/s", "ratio");
        for (int i = 8; i < args.length; i++) {
            String[] size = args[i].split("=", 3);
            long rows = Long.parseLong(size[0]);
            List<Long> imported = new ArrayList<>(), copied = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                RawCopy.clean(jdbc, workspace);
                imported.add(client.importMillis(Path.of(size[1])));
                RawCopy.clean(jdbc, workspace);
                copied.add(RawCopy.copyMillis(jdbc, size[2]));
                line(rows, String.valueOf(run), imported.getLast(), copied.getLast());
            }
            line(rows, "median", median(imported), median(copied));
        }
    }

    /** Plain import against import by key (half the keys known) of as many rows, in alternating runs. */
    private static void upserts(ImportClient client, String jdbc, String workspace, int runs, String[] args) throws Exception {
        System.out.printf("%-9s %-6s %10s %10s %7s%n", "rows", "run", "import_ms", "upsert_ms", "ratio");
        for (int i = 8; i < args.length; i++) {
            String[] size = args[i].split("=", 5);
            long rows = Long.parseLong(size[0]);
            List<Long> plain = new ArrayList<>(), upserted = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                RawCopy.clean(jdbc, workspace);
                plain.add(client.importMillis(Path.of(size[1])));
                RawCopy.clean(jdbc, workspace);
                client.importMillis(Path.of(size[3]));
                upserted.add(client.importMillis(Path.of(size[4])));
                upsertLine(rows, String.valueOf(run), plain.getLast(), upserted.getLast());
            }
            upsertLine(rows, "median", median(plain), median(upserted));
        }
    }

    /** Upload to a ready preview (one streaming pass that counts every distinct value), RUNS times per size. */
    private static void previews(ImportClient client, int runs, String[] args) throws Exception {
        client.confirm = false;
        System.out.printf("%-9s %-6s %11s%n", "rows", "run", "preview_ms");
        for (int i = 8; i < args.length; i++) {
            String[] size = args[i].split("=", 3);
            List<Long> times = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                times.add(client.importMillis(Path.of(size[1])));
                System.out.printf("%-9s %-6d %11d%n", size[0], run, times.getLast());
            }
            System.out.printf("%-9s %-6s %11d%n", size[0], "median", median(times));
        }
    }

    private static void upsertLine(long rows, String run, long plainMillis, long upsertMillis) {
        System.out.printf("%-9d %-6s %10d %10d %6.2fx%n", rows, run, plainMillis, upsertMillis, (double) upsertMillis / plainMillis);
    }

    private static void line(long rows, String run, long importMillis, long copyMillis) {
        System.out.printf("%-9d %-6s %10d %9d %11d %10d %6.0f%%%n", rows, run, importMillis, copyMillis,
                rows * 1000 / Math.max(importMillis, 1), rows * 1000 / Math.max(copyMillis, 1), 100.0 * copyMillis / importMillis);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
