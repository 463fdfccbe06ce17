-- Whether a task has subtasks, and whether a "blocks" link points at it (docs/adr/0011). Every task read carries
-- its subtask counts and blocked flag, and almost no task has either: the four subqueries per row halved the task
-- list's statement (pgbench 2,612 -> 1,331 tx/s on the API benchmark's data). The reads run them only where these
-- flags are set. Triggers keep the flags, so that every writer does, in its own transaction: creates, edits, moves,
-- deletes, bulk edits and their undo, imports and their undo, links, and the cascades of the foreign keys (a deleted
-- parent's subtasks are set free, a deleted task's links go).
--
-- A flag is set when a relation comes and counted again when one goes. Counting again first locks the task
-- (FOR UPDATE) and counts in a statement of its own, so with a fresh snapshot: a subtask or link being added at the
-- same time holds a KEY SHARE lock on that task (its foreign key's check), so one waits for the other to commit, and
-- the count then sees what the other did. Without the lock, a count that did not see a new subtask yet would clear
-- the flag the new subtask needed.
alter table tasks add column has_subtasks boolean not null default false,
                  add column has_blockers boolean not null default false;

update tasks set has_subtasks = true where id in (select parent_id from tasks where parent_id is not null);
update tasks set has_blockers = true where id in (select to_task from task_links where kind = 'BLOCKS');

create function tasks_keep_has_subtasks() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' and old.parent_id is not null then
        perform 1 from tasks where id = old.parent_id for update;
        update tasks set has_subtasks = exists (select 1 from tasks s where s.parent_id = old.parent_id)
        where id = old.parent_id and has_subtasks;
    end if;
    if tg_op <> 'DELETE' and new.parent_id is not null then
        update tasks set has_subtasks = true where id = new.parent_id and not has_subtasks;
    end if;
    return null;
end $$;

-- the WHEN clauses keep the triggers off the rows without a parent: an import's million rows never call the function
create trigger tasks_subtask_added after insert on tasks
    for each row when (new.parent_id is not null) execute function tasks_keep_has_subtasks();
create trigger tasks_subtask_moved after update of parent_id on tasks
    for each row when (old.parent_id is distinct from new.parent_id) execute function tasks_keep_has_subtasks();
create trigger tasks_subtask_removed after delete on tasks
    for each row when (old.parent_id is not null) execute function tasks_keep_has_subtasks();

create function task_links_keep_has_blockers() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' and old.kind = 'BLOCKS' then
        perform 1 from tasks where id = old.to_task for update;
        update tasks set has_blockers = exists (select 1 from task_links l where l.to_task = old.to_task and l.kind = 'BLOCKS')
        where id = old.to_task and has_blockers;
    end if;
    if tg_op <> 'DELETE' and new.kind = 'BLOCKS' then
        update tasks set has_blockers = true where id = new.to_task and not has_blockers;
    end if;
    return null;
end $$;

create trigger task_links_blocker_added after insert on task_links
    for each row when (new.kind = 'BLOCKS') execute function task_links_keep_has_blockers();
create trigger task_links_blocker_changed after update of to_task, kind on task_links
    for each row execute function task_links_keep_has_blockers();
create trigger task_links_blocker_removed after delete on task_links
    for each row when (old.kind = 'BLOCKS') execute function task_links_keep_has_blockers();
