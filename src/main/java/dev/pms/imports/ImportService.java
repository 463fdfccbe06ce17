package dev.pms.imports;


import dev.pms.imports.parse.DueDates;
import dev.pms.imports.parse.UploadSniffer;

import dev.pms.jobs.JobService;
import dev.pms.platform.Ids;
import dev.pms.platform.web.ProblemException;
import dev.pms.project.Project;
import dev.pms.project.ProjectQueries;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * Accepts uploads and undo requests. Both only record the work and queue a job in one transaction: the
 * file, the import row and its job exist together or not at all. A node stores a few uploads at once
 * ({@link UploadSlots}); the others wait their turn.
 */
@Service
public class ImportService {
    private final ImportRepository imports;
    private final ImportFiles files;
    private final JobService jobs;
    private final ProjectQueries projects;
    private final ImportProperties properties;
    private final UploadSlots slots;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final MappingResolver resolver;
    private final ImportTemplates templates;

    ImportService(ImportRepository imports, ImportFiles files, JobService jobs, ProjectQueries projects,
                  ImportProperties properties, UploadSlots slots, PlatformTransactionManager transactions,
                  ApplicationEventPublisher events, MappingResolver resolver, ImportTemplates templates) {
        this.resolver = resolver;
        this.templates = templates;
        this.imports = imports;
        this.files = files;
        this.jobs = jobs;
        this.projects = projects;
        this.properties = properties;
        this.slots = slots;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
    }

    /** Waits for one of the node's upload slots, then stores the file, the import and its job in one transaction. */
    public Import upload(WorkspaceAccess access, UploadCommand command) {
        access.require(Permission.IMPORT);
        return slots.within(() -> tx.execute(status -> store(access, command)));
    }

    private Import store(WorkspaceAccess access, UploadCommand command) {
        UUID projectId = defaultProject(access, command.projectId(), command.confirm());
        DueDates.validateFormat(command.dateFormat());
        byte[] first = readFirst(command);
        ImportFormat format = UploadSniffer.format(first, command.fileName());
        UUID id = Ids.next();
        UploadCommand complete = new UploadCommand(projectId, UploadSniffer.fileName(command.fileName()), command.mode(),
                command.dateFormat(), command.confirm(), command.content());
        imports.insert(access.workspaceId(), id, access.userId(), complete, format, properties.maxRows(),
                command.confirm() ? ImportStatus.QUEUED : ImportStatus.PREVIEW);
        ImportFiles.Stored stored = files.store(access.workspaceId(), id, first, command.content(), properties.maxBytes().toBytes());
        Import queued = imports.stored(access.workspaceId(), id, stored.size(), stored.sha256());
        jobs.enqueue(access.workspaceId(), command.confirm() ? ImportJobHandler.KIND : ImportPreviewJobHandler.KIND, id, access.userId());
        return queued;
    }

    /**
     * Confirms a previewed import with the user's choices (the proposals for every value left out), stores the
     * mapping with the import and as the template of its header shape, and queues the import.
     */
    @Transactional
    public Import confirm(WorkspaceAccess access, UUID importId, ImportMapping chosen) {
        access.require(Permission.IMPORT);
        Import current = imports.findForUpdate(access.workspaceId(), importId).orElseThrow(() -> ProblemException.notFound("import"));
        if (current.status() != ImportStatus.PREVIEW || !current.previewReady()) {
            throw ProblemException.conflict("import-not-in-preview", current.status() == ImportStatus.PREVIEW
                    ? "The file is still being read; confirm once its preview is shown."
                    : "This import has been confirmed already; it is " + current.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (!current.userId().equals(access.userId())) {
            throw ProblemException.forbidden("Only the person who uploaded the file confirms its import.");
        }
        UUID defaultProject = chosen.defaultProjectId() != null
                ? projects.requireOpen(access, chosen.defaultProjectId()).id() : current.projectId();
        ImportPreview preview = ImportJson.read(imports.preview(access.workspaceId(), importId).orElseThrow(), ImportPreview.class);
        ImportMapping mapping = resolver.complete(access, preview, chosen, defaultProject);
        imports.headerKey(access.workspaceId(), importId).ifPresent(key -> templates.save(access, key, mapping));
        Import queued = imports.confirmed(access.workspaceId(), importId, defaultProject, ImportJson.write(mapping));
        jobs.enqueue(access.workspaceId(), ImportJobHandler.KIND, importId, access.userId());
        return queued;
    }

    /** Queues the removal of exactly the tasks an import created; asking again changes nothing. */
    @Transactional
    public Import undo(WorkspaceAccess access, UUID importId) {
        access.require(Permission.IMPORT_UNDO_OWN);
        Import current = imports.findForUpdate(access.workspaceId(), importId)
                .orElseThrow(() -> ProblemException.notFound("import"));
        if (!access.mayUndoImport(current.userId())) {
            throw ProblemException.forbidden("Your role may undo only your own imports.");
        }
        if (current.status() == ImportStatus.UNDONE || current.undoRequestedAt() != null) {
            return current;
        }
        if (current.status() == ImportStatus.PREVIEW) {
            imports.finish(access.workspaceId(), importId, ImportStatus.UNDONE, new ImportRepository.Counts(0, 0, 0),
                    "Discarded at its preview: nothing was imported");
            return imports.find(access.workspaceId(), importId).orElseThrow();
        }
        if (current.status() != ImportStatus.SUCCEEDED) {
            throw ProblemException.conflict("import-not-undoable",
                    "Only a finished import can be undone; this one is " + current.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        imports.undoRequested(access.workspaceId(), importId, access.userId());
        jobs.enqueue(access.workspaceId(), UndoImportJobHandler.KIND, importId, access.userId());
        events.publishEvent(new ImportUndoRequested(access.workspaceId(), access.userId(), importId, current.fileName()));
        return imports.find(access.workspaceId(), importId).orElseThrow();
    }

    /** The project of rows that name none; a preview may do without one (a new workspace's import creates its projects). */
    private UUID defaultProject(WorkspaceAccess access, UUID projectId, boolean required) {
        if (projectId != null) {
            return projects.requireOpen(access, projectId).id();
        }
        List<Project> open = projects.list(access, false);
        if (open.size() != 1 && !required) {
            return null;
        }
        if (open.size() != 1) {
            throw ProblemException.invalid("projectId", "name the project that rows without a project go to");
        }
        return open.getFirst().id();
    }

    private static byte[] readFirst(UploadCommand command) {
        try {
            byte[] first = command.content().readNBytes(ImportFiles.CHUNK);
            if (first.length == 0) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "empty-file", "The file is empty; nothing to import.");
            }
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException("Upload interrupted", e);
        }
    }
}
