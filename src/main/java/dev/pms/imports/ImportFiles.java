package dev.pms.imports;

import dev.pms.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Keeps uploaded files in PostgreSQL, in 1 MiB chunks, so that whichever node claims the job can read
 * them; heap use is one chunk at a time however large the file. Workers copy a file to a temporary file
 * before parsing (the XLSX reader needs random access, and a COPY holds its connection).
 */
@Component
class ImportFiles {
    static final int CHUNK = 1024 * 1024;
    private final ImportRepository imports;

    ImportFiles(ImportRepository imports) {
        this.imports = imports;
    }

    record Stored(long size, String sha256) {
    }

    /** Stores {@code first} and the rest of the stream; more than {@code maxBytes} is refused with 413 (the caller's transaction rolls back). */
    Stored store(UUID workspaceId, UUID importId, byte[] first, InputStream rest, long maxBytes) {
        MessageDigest sha = sha256();
        long size = 0;
        int seq = 0;
        try {
            for (byte[] chunk = first; chunk.length > 0; chunk = rest.readNBytes(CHUNK)) {
                size += chunk.length;
                if (size > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                sha.update(chunk);
                imports.insertChunk(workspaceId, importId, seq++, chunk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Upload interrupted", e);
        }
        return new Stored(size, HexFormat.of().formatHex(sha.digest()));
    }

    /** Copies the stored file of {@code size} bytes to a new temporary file, which the caller deletes. */
    Path spool(UUID workspaceId, UUID importId, long size) {
        try {
            Path file = Files.createTempFile("pms-import-", ".upload");
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int seq = 0; (long) seq * CHUNK < size; seq++) {
                    int part = seq;
                    out.write(imports.chunk(workspaceId, importId, seq).orElseThrow(() ->
                            new IllegalStateException("Part " + part + " of the file of import " + importId + " is missing")));
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not spool import " + importId, e);
        }
    }

    static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "file-too-large",
                "The file is larger than the limit of " + maxBytes / (1024 * 1024) + " MB; nothing was stored");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
