-- A project's short key (WEB in WEB-12): 2 to 10 capital letters, unique in its workspace (DESIGN §11).
-- Existing projects get the first three letters of their name (X fills a name with fewer than two), and a
-- letter suffix (A, B, ... Z, AA, ...) when an earlier project of the workspace already has that key.
create function pg_temp.key_suffix(n bigint) returns text language sql immutable as $$
    select case when n <= 0 then '' else pg_temp.key_suffix((n - 1) / 26) || chr(65 + ((n - 1) % 26)::int) end
$$;

alter table projects add column key text;

with letters as (
    select id, workspace_id, created_at,
           left(upper(regexp_replace(normalize(name, NFD), '[^A-Za-z]', '', 'g')), 3) as letters
    from projects
), based as (
    select id, workspace_id, created_at,
           case when length(letters) >= 2 then letters else rpad(letters, 2, 'X') end as base
    from letters
), numbered as (
    select id, base, row_number() over (partition by workspace_id, base order by created_at, id) - 1 as n from based
)
update projects p set key = numbered.base || pg_temp.key_suffix(numbered.n)
from numbered where p.id = numbered.id;

alter table projects alter column key set not null;
alter table projects add constraint projects_key_letters check (key ~ '^[A-Z]{2,10}$');
create unique index projects_key on projects (workspace_id, key);

-- A project's earlier keys, so that links to WEB-12 keep working after WEB is renamed.
create table project_key_history (
    workspace_id uuid not null,
    key          text not null,
    project_id   uuid not null,
    primary key (workspace_id, key),
    foreign key (workspace_id, project_id) references projects (workspace_id, id) on delete cascade
);
