-- A bulk edit of the table (DESIGN §11): one row per request, and the values each task had before it, so that
-- "Undo" restores exactly those. version_after is the task's version the edit left: undo refuses when any task has
-- another one (someone changed it since). A deleted task keeps its whole row (without the generated search column)
-- as JSON, which undo inserts again; its labels are kept beside it.
create table task_bulk_edits (
    id           uuid primary key,
    workspace_id uuid        not null references workspaces on delete cascade,
    actor_id     uuid        not null references users,
    at           timestamptz not null default now(),
    change       jsonb       not null,
    deleted      boolean     not null,
    undone_at    timestamptz
);
create index task_bulk_edits_actor on task_bulk_edits (workspace_id, actor_id, at desc);

create table task_bulk_previous (
    bulk_id       uuid             not null references task_bulk_edits on delete cascade,
    task_id       uuid             not null,
    status        text             not null,
    state_id      uuid,
    priority      text             not null,
    assignee_id   uuid,
    due_date      date,
    position      double precision not null,
    labels        uuid[]           not null,
    version_after integer          not null,
    deleted_row   jsonb,
    primary key (bulk_id, task_id)
);
