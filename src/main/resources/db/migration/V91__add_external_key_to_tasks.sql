-- The key a task had in the tool it was imported from (Jira's Issue key, Linear's ID, Trello's Card ID,
-- Redmine's #): a re-import of the same export updates the task of that key instead of adding another.
-- Nullable without default: adding it rewrites nothing; tasks without a key take no index entry.
alter table tasks add column external_key text check (char_length(external_key) <= 200);
create unique index tasks_external_key on tasks (workspace_id, external_key) where external_key is not null;

-- The values an upsert import replaced, per task, so that its undo restores them (DESIGN §12).
create table task_import_previous (
    import_id    uuid    not null,
    workspace_id uuid    not null,
    task_id      uuid    not null references tasks on delete cascade,
    project_id   uuid    not null,
    title        text    not null,
    description  text    not null,
    status       text    not null,
    priority     text    not null,
    assignee_id  uuid,
    due_date     date,
    position     double precision not null,
    primary key (import_id, task_id)
);
