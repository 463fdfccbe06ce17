-- Comments on tasks and the activity history of tasks (DESIGN §9). Both are read per task, oldest first, by the
-- keyset (workspace_id, task_id, at, id), and written in the transaction of the change they describe.
--
-- Neither references tasks: a foreign key with ON DELETE CASCADE would run one lookup per deleted task, and an
-- import's undo deletes up to a million tasks in one statement. The comment module deletes the comments of a
-- deleted task itself; the activity of a deleted task stays, as history does.

-- body is the Markdown as written; html is what it renders to after sanitising (allow-list), made once at write
-- time, so that a page never renders Markdown again nor trusts anything but the sanitiser's output.
-- A deleted comment keeps its row (the activity entry that announced it points at it) but loses its text.
create table comments (
    id           uuid primary key,
    workspace_id uuid        not null references workspaces on delete cascade,
    task_id      uuid        not null,
    author_id    uuid        not null references users,
    body         text        not null check (char_length(body) <= 100000),
    html         text        not null,
    created_at   timestamptz not null default now(),
    edited_at    timestamptz,
    deleted_at   timestamptz
);
create index comments_task on comments (workspace_id, task_id, created_at, id);

-- One row per thing that happened to a task: CREATED, CHANGED (one row per field, old -> new as text: enum names,
-- ISO dates, ids of members and projects), MOVED, DELETED, COMMENTED (comment_id). An import is one row of kind
-- IMPORTED with task_id null and import_id set, never one per task; its tasks carry the same import_id and show
-- that row. UNDONE is the undo of an import, again one row.
create table activity (
    id           uuid primary key,
    workspace_id uuid        not null references workspaces on delete cascade,
    task_id      uuid,
    actor_id     uuid        not null references users,
    at           timestamptz not null default clock_timestamp(),
    kind         text        not null check (kind in ('CREATED', 'CHANGED', 'MOVED', 'DELETED', 'COMMENTED', 'IMPORTED', 'UNDONE')),
    field        text,
    old_value    text,
    new_value    text,
    via          text        check (via in ('PAGE', 'API', 'IMPORT')),
    import_id    uuid,
    comment_id   uuid
);
create index activity_task on activity (workspace_id, task_id, at, id) where task_id is not null;
create index activity_import on activity (workspace_id, import_id) where task_id is null;
