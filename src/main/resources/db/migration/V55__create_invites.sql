-- Invites by email: one address, one role, single use, until expires_at. The token is kept as it is (not hashed)
-- so that admins can copy a pending invite's link again: it only works for the account with the invited email.
create table invites (
    id           uuid primary key,
    workspace_id uuid        not null references workspaces on delete cascade,
    email        text        not null check (char_length(email) between 3 and 320),
    role         text        not null check (role in ('OWNER', 'ADMIN', 'MANAGER', 'MEMBER', 'VIEWER')),
    token        text        not null unique,
    invited_by   uuid        references users on delete set null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    accepted_at  timestamptz,
    accepted_by  uuid        references users on delete set null,
    revoked_at   timestamptz
);
create index invites_workspace_idx on invites (workspace_id, created_at desc);

-- The shared invite link is optional: no code, no link
alter table workspaces alter column invite_code drop not null;

-- Who was removed from a workspace: they cannot come back through the shared link, only through a new invite
create table removed_members (
    workspace_id uuid        not null references workspaces on delete cascade,
    user_id      uuid        not null references users on delete cascade,
    removed_at   timestamptz not null default now(),
    primary key (workspace_id, user_id)
);
