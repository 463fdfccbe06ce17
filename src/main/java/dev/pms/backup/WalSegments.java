package dev.pms.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** WAL segment files: 24 hex digits, timeline then position. */
final class WalSegments {
    private static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}");

    private WalSegments() {
    }

    static boolean isSegment(String name) {
        return SEGMENT.matcher(name).matches();
    }

    /** The segments in {@code dir}, by name. */
    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> isSegment(f.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<Instant> newest(Path dir) {
        return list(dir).stream().map(WalSegments::modified).max(Instant::compareTo);
    }

    static Instant modified(Path file) {
        try {
            FileTime time = Files.getLastModifiedTime(file);
            return time.toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a segment name's position (ignoring the timeline) is before {@code other}'s, as pg_archivecleanup compares. */
    static boolean before(String name, String other) {
        return name.substring(8, 24).compareTo(other.substring(8, 24)) < 0;
    }

    /**
     * Whether {@code segment} holds WAL of the database system {@code systemId} written for the position its name
     * says: a recycled segment still has an old page address in its first page header and is no WAL to replay.
     * The header: magic (2), info (2), timeline (4), page address (8), remaining length (4), padding (4), system id (8).
     */
    static boolean belongsTo(Path segment, long systemId, long segmentSize) {
        try (FileChannel channel = FileChannel.open(segment)) {
            ByteBuffer header = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
            if (channel.read(header, 0) < 40) {
                return false;
            }
            String name = segment.getFileName().toString();
            long expectedAddress = Long.parseLong(name.substring(8, 16), 16) * 0x1_0000_0000L
                    + Long.parseLong(name.substring(16, 24), 16) * segmentSize;
            return header.getLong(8) == expectedAddress && header.getLong(24) == systemId;
        } catch (IOException e) {
            return false;
        }
    }
}
