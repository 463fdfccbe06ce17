-- The durable job queue every app node's workers poll (DESIGN §6): a job is claimed with
-- FOR UPDATE SKIP LOCKED and held by a lease (owner + expiry) that a heartbeat renews.
create table jobs (
    id               uuid primary key,
    workspace_id     uuid        not null references workspaces on delete cascade,
    kind             text        not null check (char_length(kind) between 1 and 50),
    subject_id       uuid        not null,
    status           text        not null default 'QUEUED' check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    attempts         integer     not null default 0,
    run_after        timestamptz not null default now(),
    lease_owner      text,
    lease_expires_at timestamptz,
    last_error       text,
    created_at       timestamptz not null default now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    check ((status = 'RUNNING') = (lease_owner is not null and lease_expires_at is not null))
);
-- what the claim query scans: only open jobs, the finished ones drop out of the index
create index jobs_open on jobs (run_after) where status in ('QUEUED', 'RUNNING');
create index jobs_subject on jobs (subject_id);
