-- Import mapping (DESIGN §12): an upload may stop at PREVIEW; the preview (detected format, distinct values
-- with counts and proposed mapping) and the confirmed mapping are kept with the import as JSON.
alter table imports drop constraint imports_status_check;
alter table imports add constraint imports_status_check
    check (status in ('PREVIEW', 'QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'UNDONE'));
-- a new, empty workspace has no project yet: its import creates them, so there may be no default project
alter table imports alter column project_id drop not null;
alter table imports add column preview jsonb, add column mapping jsonb, add column header_key text,
    add column rows_updated integer not null default 0, add column rows_unchanged integer not null default 0;

-- A person a row names who is no member, imported as unassigned: the original name is kept here, by the
-- task's import and source row, so that the task's history can show "originally: Name".
create table import_original_people (
    import_id     uuid    not null references imports on delete cascade,
    workspace_id  uuid    not null,
    source_row    integer not null,
    original_name text    not null,
    primary key (import_id, source_row)
);

-- Mappings saved per source tool, keyed by the file's normalised header row, reused when that shape comes again.
create table import_templates (
    workspace_id uuid        not null references workspaces on delete cascade,
    header_key   text        not null,
    mapping      jsonb       not null,
    updated_at   timestamptz not null default now(),
    primary key (workspace_id, header_key)
);
