package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;
import dev.pms.imports.ImportProperties;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks an XLSX file before the reader opens it (the reader has no limits of its own), in one streaming
 * pass whose memory does not grow with the file: the zip's shape ({@link ZipStructure}); every entry
 * inflated once to count its real size (the sizes a zip declares can lie) against the total and, beyond
 * 1 MB, the compression ratio, and refused when it is itself a zip; every XML part parsed by a hardened
 * parser ({@link XmlPart}); the first sheet and the shared strings held to the import's limits
 * ({@link SheetScan}, {@link SharedStringScan}).
 */
public final class XlsxGuard {
    private static final long SMALL_ENTRY = 1024 * 1024;
    private final ZipFile zip;
    private final List<ZipArchiveEntry> entries;
    private final Map<String, ZipArchiveEntry> byName = new LinkedHashMap<>();
    private final ImportProperties limits;
    private final int rowLimit;
    private long total;

    private XlsxGuard(ZipFile zip, List<ZipArchiveEntry> entries, ImportProperties limits, int rowLimit) {
        this.zip = zip;
        this.entries = entries;
        this.limits = limits;
        this.rowLimit = rowLimit;
        entries.forEach(entry -> byName.putIfAbsent(entry.getName(), entry));
    }

    /** Checks the workbook; returns whether its serial dates count from 1904 (see {@link WorkbookParts}). */
    public static boolean check(Path file, ImportProperties limits, int rowLimit) {
        try {
            ZipStructure.countEntries(file, limits.maxZipEntries());
            try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
                List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
                ZipStructure.checkEntries(entries, limits.maxZipEntries());
                return new XlsxGuard(zip, entries, limits, rowLimit).scan().date1904();
            }
        } catch (IOException e) {
            throw new ImportFailure("The file is not a readable XLSX workbook: its zip structure is damaged or uses "
                    + "a feature a workbook does not (such as encryption); nothing was imported", e);
        }
    }

    private WorkbookParts scan() throws IOException {
        WorkbookParts parts;
        ImportFailure unresolved = null;
        try {
            parts = WorkbookParts.resolve(new Parts(), limits);
        } catch (ImportFailure e) {
            // a zip bomb or hostile part is still the first thing to report, so every entry is checked first
            unresolved = e;
            parts = new WorkbookParts("", null, false);
        }
        SheetScan sheet = new SheetScan(parts.sheet(), limits, rowLimit);
        SharedStringScan strings = parts.sharedStrings() == null ? null : new SharedStringScan(parts.sharedStrings(), limits);
        for (ZipArchiveEntry entry : entries) {
            String name = entry.getName();
            PartHandler handler = name.equals(parts.sheet()) ? sheet : name.equals(parts.sharedStrings()) ? strings
                    : isXml(name) ? new PartHandler(name, limits.maxCellChars()) : null;
            try (Inflated in = new Inflated(entry, limits.maxExpandedBytes().toBytes() - total)) {
                if (handler != null) {
                    XmlPart.parse(in, handler, maxToken());
                }
                total += in.drain();
            }
        }
        if (unresolved != null) {
            throw unresolved;
        }
        if (strings != null && sheet.maxSharedIndex() >= strings.entries()) {
            throw new ImportFailure(sheet.maxSharedAt() + ": the cell refers to shared string " + sheet.maxSharedIndex()
                    + ", but the workbook has only " + strings.entries() + "; nothing was imported");
        }
        return parts;
    }

    /** A tag or CDATA section may hold a whole cell, and a little markup around it. */
    private long maxToken() {
        return limits.maxCellChars() + 4096L;
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /** The parts the workbook's structure names, read (and guarded) before the pass over all entries. */
    private final class Parts implements WorkbookParts.Zip {
        @Override
        public String find(String partName) {
            String name = partName.startsWith("/") ? partName.substring(1) : partName;
            if (byName.containsKey(name)) {
                return name;
            }
            return entries.stream().map(ZipArchiveEntry::getName).filter(name::equalsIgnoreCase).findFirst().orElse(null);
        }

        @Override
        public void parse(String entry, PartHandler handler) throws IOException {
            try (Inflated in = new Inflated(byName.get(entry), limits.maxExpandedBytes().toBytes())) {
                XmlPart.parse(in, handler, maxToken());
            }
        }
    }

    /** An entry's bytes as they inflate: counted against the budget and the ratio, and refused when they start a zip. */
    private final class Inflated extends FilterInputStream {
        private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
        private final String name;
        private final long budget;
        private final long compressed;
        private int magic;
        private long size;

        Inflated(ZipArchiveEntry entry, long budget) throws IOException {
            super(zip.getInputStream(entry));
            this.name = entry.getName();
            this.budget = budget;
            this.compressed = Math.max(entry.getCompressedSize(), 1);
            // a size declared too small is caught while counting; one declared as a bomb is believed at once
            try {
                check(entry.getSize());
            } catch (ImportFailure e) {
                in.close();
                throw e;
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            for (int i = 0; i < n && magic >= 0 && magic < ZIP_MAGIC.length; i++) {
                magic = buffer[off + i] == ZIP_MAGIC[magic] ? magic + 1 : -1;
            }
            if (magic == ZIP_MAGIC.length) {
                throw new ImportFailure("The XLSX part " + SheetScan.shorten(name) + " is itself a zip archive (an embedded "
                        + "file); remove embedded files or save the sheet as CSV; nothing was imported");
            }
            size += Math.max(n, 0);
            check(size);
            return n;
        }

        private void check(long size) {
            if (size > budget) {
                throw new ImportFailure("The XLSX file expands to more than the allowed size when unzipped "
                        + "(zip bomb guard); nothing was imported");
            }
            if (size > SMALL_ENTRY && size / compressed > limits.maxCompressionRatio()) {
                throw new ImportFailure("The XLSX part " + SheetScan.shorten(name) + " is compressed more than "
                        + limits.maxCompressionRatio() + ":1, which only zip bombs are (zip bomb guard); nothing was imported");
            }
        }

        long drain() throws IOException {
            byte[] buffer = new byte[1 << 16];
            while (read(buffer, 0, buffer.length) >= 0) {
                // counted and checked by read
            }
            return size;
        }
    }
}
