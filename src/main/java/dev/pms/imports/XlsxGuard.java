package dev.pms.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Zip bomb guard for XLSX files, run before the reader opens them (it has no guard of its own). The
 * sizes a zip declares can lie, so every entry is inflated once and its real size counted, stopping at
 * the first limit crossed: total expanded size, and ratio for entries over 1 MB.
 */
final class XlsxGuard {
    private static final long SMALL_ENTRY = 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;

    private XlsxGuard() {
    }

    static void check(Path file, long maxExpandedBytes, int maxRatio) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            int entries = 0;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new ImportFailure("The XLSX file has more than " + MAX_ENTRIES + " parts; it is not a workbook we can read");
                }
                total += inflatedSize(zip, entry, maxExpandedBytes - total, maxRatio);
            }
        } catch (ZipException e) {
            throw new ImportFailure("The file is not a readable XLSX workbook (broken zip: " + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ImportFailure("The XLSX file could not be read: " + e.getMessage(), e);
        }
    }

    private static long inflatedSize(ZipFile zip, ZipEntry entry, long budget, int maxRatio) throws IOException {
        long compressed = Math.max(entry.getCompressedSize(), 1);
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                if (size > budget) {
                    throw new ImportFailure("The XLSX file expands to more than the allowed size when unzipped "
                            + "(zip bomb guard); nothing was imported");
                }
                if (size > SMALL_ENTRY && size / compressed > maxRatio) {
                    throw new ImportFailure("The XLSX part " + entry.getName() + " is compressed more than " + maxRatio
                            + ":1, which only zip bombs are (zip bomb guard); nothing was imported");
                }
            }
        }
        return size;
    }
}
