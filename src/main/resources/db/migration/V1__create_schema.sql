-- Accounts -------------------------------------------------------------------------------------
create table users (
    id             uuid primary key,
    email          text        not null check (char_length(email) between 3 and 320),
    name           text        not null check (char_length(name) between 1 and 200),
    password_hash  text        not null,
    instance_admin boolean     not null default false,
    created_at     timestamptz not null default now()
);
create unique index users_email_key on users (lower(email));

create table api_tokens (
    id           uuid primary key,
    user_id      uuid        not null references users on delete cascade,
    name         text        not null check (char_length(name) between 1 and 100),
    token_hash   bytea       not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_tokens_user on api_tokens (user_id);

-- Workspaces -----------------------------------------------------------------------------------
create table workspaces (
    id          uuid primary key,
    name        text        not null check (char_length(name) between 1 and 100),
    invite_code text        not null unique,
    created_at  timestamptz not null default now()
);

create table members (
    workspace_id uuid        not null references workspaces on delete cascade,
    user_id      uuid        not null references users on delete cascade,
    role         text        not null check (role in ('OWNER', 'ADMIN', 'MANAGER', 'MEMBER', 'VIEWER')),
    joined_at    timestamptz not null default now(),
    primary key (workspace_id, user_id)
);
create index members_user on members (user_id);

-- Projects -------------------------------------------------------------------------------------
create table projects (
    id           uuid primary key,
    workspace_id uuid        not null references workspaces on delete cascade,
    name         text        not null check (char_length(name) between 1 and 200),
    description  text        not null default '' check (char_length(description) <= 10000),
    archived     boolean     not null default false,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    -- the target of the tasks' composite key, which also enforces that a task stays in its project's workspace
    unique (workspace_id, id)
);
create unique index projects_name_key on projects (workspace_id, lower(name));

-- Tasks ----------------------------------------------------------------------------------------
create table tasks (
    id           uuid primary key,
    workspace_id uuid             not null,
    project_id   uuid             not null,
    title        text             not null check (char_length(title) between 1 and 500),
    description  text             not null default '' check (char_length(description) <= 100000),
    status       text             not null check (status in ('BACKLOG', 'TODO', 'IN_PROGRESS', 'IN_REVIEW', 'DONE')),
    priority     text             not null check (priority in ('NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    assignee_id  uuid,
    due_date     date,
    position     double precision not null,
    import_id    uuid,
    source_row   integer,
    created_by   uuid             not null references users,
    created_at   timestamptz      not null default now(),
    updated_at   timestamptz      not null default now(),
    updated_by   uuid,
    version      integer          not null default 0,
    search       tsvector generated always as (
                     to_tsvector('simple', left(title, 500) || ' ' || left(description, 20000))) stored,
    foreign key (workspace_id, project_id) references projects (workspace_id, id) on delete cascade,
    -- an assignee must be a member of the task's workspace; leaving the workspace unassigns
    foreign key (workspace_id, assignee_id) references members (workspace_id, user_id) on delete set null (assignee_id),
    -- undo of an import, and the last guard against importing a row twice
    unique (import_id, source_row)
);
-- table, board, and keyset pages by position within a project's status column
create index tasks_board on tasks (workspace_id, project_id, status, position, id);
-- my tasks
create index tasks_assignee on tasks (assignee_id, workspace_id, status) where assignee_id is not null;
-- calendar and due filters
create index tasks_due on tasks (workspace_id, due_date) where due_date is not null;
-- full-text search
create index tasks_search on tasks using gin (search);
