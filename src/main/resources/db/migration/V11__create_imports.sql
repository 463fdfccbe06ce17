-- One upload of tasks (DESIGN §3, §6). Counts are written while the job runs so that clients see progress.
create table imports (
    id                uuid primary key,
    workspace_id      uuid        not null references workspaces on delete cascade,
    project_id        uuid        not null,
    user_id           uuid        not null references users,
    file_name         text        not null check (char_length(file_name) between 1 and 255),
    size_bytes        bigint      not null default 0,
    sha256            text,
    format            text        not null check (format in ('CSV', 'XLSX')),
    mode              text        not null check (mode in ('SKIP_INVALID', 'STRICT')),
    date_format       text,
    -- the row limit in force at upload: a later change of configuration does not alter a queued import
    row_limit         integer     not null,
    status            text        not null default 'QUEUED'
                          check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'UNDONE')),
    rows_total        integer     not null default 0,
    rows_processed    integer     not null default 0,
    rows_inserted     integer     not null default 0,
    rows_rejected     integer     not null default 0,
    bytes_processed   bigint      not null default 0,
    error             text,
    created_at        timestamptz not null default now(),
    started_at        timestamptz,
    finished_at       timestamptz,
    undo_requested_by uuid references users,
    undo_requested_at timestamptz,
    undone_at         timestamptz,
    foreign key (workspace_id, project_id) references projects (workspace_id, id) on delete cascade
);
-- the history, newest first (ids are time-ordered)
create index imports_history on imports (workspace_id, id);

-- The uploaded file, kept in PostgreSQL so that any node can run (or take over) the job; removed when it ends.
create table import_file_chunks (
    import_id    uuid    not null references imports on delete cascade,
    workspace_id uuid    not null,
    seq          integer not null,
    data         bytea   not null,
    primary key (import_id, seq)
);
-- CSV and XLSX are stored as they came: skip TOAST's compression pass (XLSX is zipped already, CSV is short-lived)
alter table import_file_chunks alter column data set storage external;

-- The rejected rows' report: row number as a spreadsheet shows it (header = 1), column, value, reason.
create table import_errors (
    import_id    uuid    not null references imports on delete cascade,
    workspace_id uuid    not null,
    seq          integer not null,
    row_number   integer not null,
    column_name  text    not null,
    value        text    not null,
    reason       text    not null,
    primary key (import_id, seq)
);
