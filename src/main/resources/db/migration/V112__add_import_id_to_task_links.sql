-- The import that made a link, so that its undo removes exactly those links (the links to tasks it created go with
-- them anyway). Nullable without default: adding it rewrites nothing. Undo looks the links up by it.
alter table task_links add column import_id uuid;
create index task_links_import on task_links (import_id) where import_id is not null;
