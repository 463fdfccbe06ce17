package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape of an XLSX zip, checked from its central directory before any part is inflated: a workbook
 * has a few dozen parts with plain relative names, each once, and no links.
 */
final class ZipStructure {
    private static final int END_HEADER = 22;
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final Pattern UNSAFE_NAME = Pattern.compile("(^|/)\\.{1,2}(/|$)|^/|\\\\|:|[\\x00-\\x1f]|^$");

    private ZipStructure() {
    }

    /**
     * Counts the central directory's entries by walking their headers, as the zip library will, without
     * building them: the library keeps an object per entry, so a million tiny entries would fill the heap
     * before its own count could be checked.
     */
    static void countEntries(Path file, int maxEntries) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long position = centralDirectory(channel);
            ByteBuffer header = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN);
            for (int entries = 0; position >= 0 && position + 46 <= channel.size(); entries++) {
                header.clear();
                channel.read(header, position);
                if (header.getInt(0) != ENTRY_SIGNATURE) {
                    return;
                }
                if (entries >= maxEntries) {
                    throw tooMany(maxEntries);
                }
                position += 46L + Short.toUnsignedInt(header.getShort(28)) + Short.toUnsignedInt(header.getShort(30))
                        + Short.toUnsignedInt(header.getShort(32));
            }
        }
    }

    /** Names, duplicates and links of the entries the zip library read. */
    static void checkEntries(List<ZipArchiveEntry> entries, int maxEntries) {
        if (entries.size() > maxEntries) {
            throw tooMany(maxEntries);
        }
        Set<String> names = new HashSet<>();
        for (ZipArchiveEntry entry : entries) {
            String name = entry.getName();
            if (UNSAFE_NAME.matcher(name).find()) {
                throw new ImportFailure("The XLSX file has a part named '" + SheetScan.shorten(name) + "', which points outside "
                        + "the workbook (an absolute path, '..', a drive letter or a backslash); nothing was imported");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new ImportFailure("The XLSX file has two parts named '" + SheetScan.shorten(name) + "', so readers may "
                        + "disagree on which one is the workbook; nothing was imported");
            }
            if (entry.isUnixSymlink()) {
                throw new ImportFailure("The XLSX file has a part '" + SheetScan.shorten(name) + "' that is a symbolic link, "
                        + "which no workbook has; nothing was imported");
            }
        }
    }

    private static ImportFailure tooMany(int maxEntries) {
        return new ImportFailure("The XLSX file has more than " + String.format("%,d", maxEntries) + " parts, far more than "
                + "a workbook needs; nothing was imported");
    }

    /** Where the central directory starts, found as the zip library finds it (end record searched backwards, then Zip64), or -1. */
    private static long centralDirectory(FileChannel channel) throws IOException {
        long size = channel.size();
        int tail = (int) Math.min(size, END_HEADER + 0xFFFF);
        ByteBuffer buffer = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
        channel.read(buffer, size - tail);
        for (int at = tail - END_HEADER; at >= 0; at--) {
            if (buffer.getInt(at) == END_SIGNATURE) {
                if (at >= 20 && buffer.getInt(at - 20) == ZIP64_LOCATOR_SIGNATURE) {
                    return zip64CentralDirectory(channel, buffer.getLong(at - 12));
                }
                return Integer.toUnsignedLong(buffer.getInt(at + 16));
            }
        }
        return -1;
    }

    private static long zip64CentralDirectory(FileChannel channel, long endRecord) throws IOException {
        ByteBuffer record = ByteBuffer.allocate(56).order(ByteOrder.LITTLE_ENDIAN);
        if (endRecord < 0 || endRecord + 56 > channel.size()) {
            return -1;
        }
        channel.read(record, endRecord);
        return record.getInt(0) == ZIP64_END_SIGNATURE ? record.getLong(48) : -1;
    }
}
