-- The subtasks a bulk delete detached from its deleted tasks (they stay, as top tasks, as a single delete's
-- "detach" leaves them), with the parent each had: the edit's undo, which brings the parents back, puts each
-- subtask that still has no parent under its own again.
create table task_bulk_detached (
    bulk_id   uuid not null references task_bulk_edits on delete cascade,
    task_id   uuid not null,
    parent_id uuid not null,
    primary key (bulk_id, task_id)
);
