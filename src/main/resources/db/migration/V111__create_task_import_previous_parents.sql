-- The parents an import replaced, per task it did not create, so that its undo puts them back (DESIGN §12). Kept
-- apart from task_import_previous: an import may change a task's parent and nothing else, and that table holds the
-- tasks whose own fields changed. No foreign key to the old parent: it may be deleted later, and undo then leaves
-- the task without one.
create table task_import_previous_parents (
    import_id    uuid not null,
    workspace_id uuid not null,
    task_id      uuid not null references tasks on delete cascade,
    parent_id    uuid,
    primary key (import_id, task_id)
);
