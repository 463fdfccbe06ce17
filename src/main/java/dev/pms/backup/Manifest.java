package dev.pms.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A base backup's SHA-256 of every file, in {@code sha256sum}'s format ({@code <hash>  <path>}), so that an
 * operator can also check a copy with {@code cd data && sha256sum -c ../manifest.sha256}.
 */
record Manifest(Map<String, String> hashes, long bytes) {

    static Manifest read(Path file) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.length() > 66) {
                hashes.put(line.substring(66), line.substring(0, 64));
            }
        }
        return new Manifest(hashes, 0);
    }

    void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        hashes.forEach((path, hash) -> out.append(hash).append("  ").append(path).append('\n'));
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }
}
