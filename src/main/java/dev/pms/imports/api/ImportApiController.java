package dev.pms.imports.api;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.pms.imports.Import;
import dev.pms.imports.ImportMapping;
import dev.pms.imports.ImportMode;
import dev.pms.imports.ImportPreview;
import dev.pms.imports.ImportQueries;
import dev.pms.imports.ImportService;
import dev.pms.imports.ImportWaits;
import dev.pms.imports.UploadCommand;
import dev.pms.platform.SpreadsheetText;
import dev.pms.platform.jdbc.Limits;
import dev.pms.platform.jdbc.Page;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/imports")
class ImportApiController {
    private static final String PREFERENCE_APPLIED = "Preference-Applied";
    private final ImportService imports;
    private final ImportQueries queries;
    private final ImportWaits waits;

    ImportApiController(ImportService imports, ImportQueries queries, ImportWaits waits) {
        this.imports = imports;
        this.queries = queries;
        this.waits = waits;
    }

    /**
     * Stores the file and queues the import: 202 with the import's URL, which shows its progress. With
     * {@code Prefer: respond-async, wait=N} (RFC 7240) the answer waits up to N seconds (at most 30) for the
     * import to end: 201 with the ended import if it did, else the 202.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RequiresPermission(Permission.IMPORT)
    ResponseEntity<Import> upload(WorkspaceAccess access, @RequestParam("file") MultipartFile file,
                                  @RequestParam(required = false) UUID projectId,
                                  @RequestParam(required = false) String mode,
                                  @RequestParam(required = false) String dateFormat,
                                  @RequestParam(defaultValue = "false") boolean confirm,
                                  @RequestHeader(name = "Prefer", required = false) List<String> prefer) throws IOException {
        Import created;
        try (InputStream content = file.getInputStream()) {
            created = imports.upload(access, new UploadCommand(projectId, file.getOriginalFilename(),
                    ImportMode.parse(mode), dateFormat, confirm, content));
        }
        Optional<Duration> wait = Prefer.waitOf(prefer);
        if (wait.isEmpty()) {
            return ResponseEntity.accepted().location(location(access, created.id())).body(created);
        }
        Import current = waits.await(access, created.id(), wait.get());
        return ResponseEntity.status(current.ended() ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
                .location(location(access, created.id())).header(PREFERENCE_APPLIED, "wait=" + wait.get().toSeconds())
                .body(current);
    }

    /** The preview of an upload in PREVIEW: 409 while its file is still being read. */
    @GetMapping("/{importId}/preview")
    @RequiresPermission(Permission.READ)
    ImportPreview preview(WorkspaceAccess access, @PathVariable UUID importId) {
        return queries.preview(access, importId);
    }

    /** Confirms a previewed import with the choices in the body (each value left out takes its proposal) and queues it: 202. */
    @PostMapping("/{importId}/confirm")
    @RequiresPermission(Permission.IMPORT)
    ResponseEntity<Import> confirm(WorkspaceAccess access, @PathVariable UUID importId,
                                   @RequestBody(required = false) ImportMapping mapping) {
        Import queued = imports.confirm(access, importId, mapping == null ? new ImportMapping(null, null, null, null, null, null) : mapping);
        return ResponseEntity.accepted().location(location(access, importId)).body(queued);
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    Page<Import> history(WorkspaceAccess access, @RequestParam(required = false) String cursor,
                         @RequestParam(required = false) Integer limit) {
        return queries.history(access, cursor, Limits.of(limit));
    }

    /**
     * The import's status and counts. With {@code Prefer: wait=N} (RFC 7240) the answer waits until the import
     * has ended, or N seconds (at most 30) have passed, so that a client need not poll.
     */
    @GetMapping("/{importId}")
    @RequiresPermission(Permission.READ)
    ResponseEntity<Import> get(WorkspaceAccess access, @PathVariable UUID importId,
                               @RequestHeader(name = "Prefer", required = false) List<String> prefer) {
        Optional<Duration> wait = Prefer.waitOf(prefer);
        if (wait.isEmpty()) {
            return ResponseEntity.ok(queries.get(access, importId));
        }
        Import current = waits.await(access, importId, wait.get());
        return ResponseEntity.ok().header(PREFERENCE_APPLIED, "wait=" + wait.get().toSeconds()).body(current);
    }

    /** The rejected rows as CSV: row number (the header is row 1), column, value and reason. */
    @GetMapping("/{importId}/errors")
    @RequiresPermission(Permission.READ)
    void errors(WorkspaceAccess access, @PathVariable UUID importId, HttpServletResponse response) throws IOException {
        queries.get(access, importId);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + importId + "-errors.csv\"");
        OutputStream out = response.getOutputStream();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // the report shows cells as the file had them, except that one a spreadsheet would run as a formula is neutralised
        try (CsvWriter csv = CsvWriter.builder().quoteStrategy(SpreadsheetText.QUOTE_NEUTRALISED).build(writer)) {
            csv.writeRecord("row", "column", "value", "reason");
            queries.errors(access, importId, e -> csv.writeRecord(String.valueOf(e.row()), e.column(),
                    SpreadsheetText.neutral(e.value()), e.reason()));
        }
    }

    /** Queues the undo: exactly the tasks this import created are removed. */
    @DeleteMapping("/{importId}")
    @RequiresPermission(Permission.IMPORT_UNDO_OWN)
    ResponseEntity<Import> undo(WorkspaceAccess access, @PathVariable UUID importId) {
        Import undoing = imports.undo(access, importId);
        return ResponseEntity.accepted().location(location(access, importId)).body(undoing);
    }

    private static URI location(WorkspaceAccess access, UUID importId) {
        return URI.create("/api/v1/workspaces/" + access.workspaceId() + "/imports/" + importId);
    }

    /** Reads the {@code wait} preference; a value that is not a number of seconds is ignored, as RFC 7240 asks. */
    static final class Prefer {
        static Optional<Duration> waitOf(List<String> headers) {
            if (headers == null) {
                return Optional.empty();
            }
            for (String header : headers) {
                for (String preference : header.split(",")) {
                    String[] nameAndValue = preference.split(";")[0].strip().split("=", 2);
                    if (nameAndValue.length == 2 && nameAndValue[0].strip().equalsIgnoreCase("wait")
                            && nameAndValue[1].strip().matches("\\d{1,9}")) {
                        return Optional.of(ImportWaits.bounded(Duration.ofSeconds(Long.parseLong(nameAndValue[1].strip()))));
                    }
                }
            }
            return Optional.empty();
        }
    }
}
