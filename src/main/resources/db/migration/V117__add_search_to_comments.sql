-- The header's search finds a task by the words of its comments too (DESIGN §11), as it does by its title and
-- description: a stored tsvector of each comment's Markdown, as tasks.search is, and a GIN index on it. The task
-- search reads it as the ids of the workspace's tasks whose comments match (TaskFilterSql). A deleted comment has
-- lost its text, so it matches nothing.
alter table comments add column search tsvector generated always as (to_tsvector('simple', left(body, 20000))) stored;
create index comments_search on comments using gin (search);
