-- More of each tool's export (DESIGN §12). The reporter a row names who is no member, and the other people it names
-- (second assignees, watchers) who are none, kept by the task's import and source row as import_original_people keeps
-- the assignee, so that the task's history can say "reported by Name".
create table import_original_extras (
    import_id    uuid    not null references imports on delete cascade,
    workspace_id uuid    not null,
    source_row   integer not null,
    reporter     text,
    others       text[]  not null default '{}',
    primary key (import_id, source_row)
);

-- The labels a task had before an import by key gave it the labels of its row, for that import's undo. No foreign key
-- to tasks, as task_import_previous has none (V100): a restore joins tasks and skips the deleted ones.
create table task_import_previous_labels (
    import_id    uuid   not null references imports on delete cascade,
    workspace_id uuid   not null,
    task_id      uuid   not null,
    label_ids    uuid[] not null,
    primary key (import_id, task_id)
);
