-- Search (DESIGN §11) always looks inside one workspace. A GIN index on search alone answers a prefix such as
-- 'pas:*' with the matching tasks of every workspace, and the plan then intersects them with the workspace's tasks:
-- on 1,000,000 tasks in 20 workspaces, 49,965 matches read to keep 2,464. With the workspace in the same GIN index
-- (btree_gin lets GIN index a uuid), the index answers the workspace's matches itself: the first page of 'pas'
-- went from 167-274 ms to 112-127 ms, and of 'tes pass' from 716-790 ms to 315-323 ms, on a machine busy with
-- builds (bench/search-explain.sh, EXPLAIN ANALYZE, alternating). btree_gin is a trusted extension: a database
-- owner may create it.
create extension if not exists btree_gin;
create index tasks_search_workspace on tasks using gin (workspace_id, search);
drop index tasks_search;

-- The header's search finds a task by the words of its comments too, as it does by its title and description: a
-- stored tsvector of each comment's Markdown, as tasks.search is, in the same kind of index. The task search reads
-- it as the ids of the workspace's tasks whose comments match (TaskFilterSql). A deleted comment has lost its text,
-- so it matches nothing.
alter table comments add column search tsvector generated always as (to_tsvector('simple', left(body, 20000))) stored;
create index comments_search on comments using gin (workspace_id, search);
