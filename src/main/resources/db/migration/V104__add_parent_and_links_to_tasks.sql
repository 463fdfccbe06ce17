-- Subtasks and relations (DESIGN §11). A task's parent is a task of the same workspace, which the services check as
-- they check every id of a body (a composite key would need a unique (workspace_id, id) index on tasks, one more
-- index for every imported row to fill). Deleting a parent detaches its subtasks unless the service deleted them
-- first (it asks which). No cycles and at most five levels: TaskTree checks both under a per-workspace lock.
alter table tasks add column parent_id uuid references tasks on delete set null;
alter table tasks add constraint tasks_parent_not_self check (parent_id <> id);
-- the subtasks of a task and their progress on every card and row. parent_id leads, because the key's check on
-- each deleted task (an import's undo deletes a million) looks up by parent_id alone.
create index tasks_parent on tasks (parent_id) where parent_id is not null;

-- "A blocks B" and "A relates to B"; "B is blocked by A" is the same row read the other way. Both tasks are of the
-- link's workspace (checked by its service) and deleting either removes the link.
create table task_links (
    workspace_id uuid        not null references workspaces on delete cascade,
    from_task    uuid        not null,
    to_task      uuid        not null,
    kind         text        not null check (kind in ('BLOCKS', 'RELATES')),
    created_by   uuid,
    created_at   timestamptz not null default now(),
    -- the tasks lead for the same reason as tasks_parent: the cascade of a deleted task looks up by one of them
    primary key (from_task, to_task, kind),
    foreign key (from_task) references tasks on delete cascade,
    foreign key (to_task) references tasks on delete cascade,
    check (from_task <> to_task)
);
-- "relates to" has no direction: A relates to B and B relates to A are one link
create unique index task_links_relates_once on task_links (workspace_id, least(from_task, to_task), greatest(from_task, to_task))
    where kind = 'RELATES';
-- the links of a task seen from its other end (blocked by), and the cascade of a task's deletion
create index task_links_to on task_links (to_task);
