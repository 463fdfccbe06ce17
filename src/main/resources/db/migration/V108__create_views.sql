-- Saved views (DESIGN §11): a name and the task table's query string, personal (owner_id alone sees it) or shared
-- with the workspace. Listed in every page's navigation: the index serves "mine or shared, by name".
create table views (
    id           uuid primary key,
    workspace_id uuid        not null references workspaces on delete cascade,
    owner_id     uuid        not null references users on delete cascade,
    name         text        not null check (char_length(name) between 1 and 100),
    query        text        not null check (char_length(query) <= 4000),
    shared       boolean     not null default false,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create index views_workspace on views (workspace_id, owner_id, shared);
