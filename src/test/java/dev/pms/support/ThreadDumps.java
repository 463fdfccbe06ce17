package dev.pms.support;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every thread of this JVM, virtual ones included, written under target/: a test JVM runs the server too, so this shows
 * what the server was doing with a request. jstack shows platform threads only, and requests run on virtual ones.
 */
final class ThreadDumps {
    private ThreadDumps() {
    }

    /** Writes the dump and returns where it is, or says why it could not be written. */
    static String write(String reason) {
        Path file = Path.of("target", "threads-" + reason + "-" + ProcessHandle.current().pid() + "-" + System.currentTimeMillis() + ".txt")
                .toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.TEXT_PLAIN);
            return file.toString();
        } catch (IOException | RuntimeException e) {
            return "(no dump: " + e.getMessage() + ")";
        }
    }
}
