-- Watchers, notifications and their emails (DESIGN §9). Written in the transaction of the change they describe.
-- No foreign key to tasks: a key with ON DELETE CASCADE fires a trigger per deleted task, which an import undo of
-- a million tasks would pay three times over; the notification module deletes its rows of deleted tasks itself
-- (TaskChanged, ImportedTasksDeleted, ProjectDeleted), and its reads join tasks.

-- People who follow a task. Creators and assignees follow it without a row (read from the task itself, so an import
-- writes nothing here); a row records an explicit choice or an automatic one (commenter, mentioned, assigned).
-- watching = false is "unwatched by hand": automatic watching leaves it alone.
create table watchers (
    workspace_id uuid        not null references workspaces on delete cascade,
    task_id      uuid        not null,
    user_id      uuid        not null references users on delete cascade,
    watching     boolean     not null,
    since        timestamptz not null default now(),
    primary key (task_id, user_id)
);
create index watchers_user on watchers (user_id);

create table notification_settings (
    user_id uuid primary key references users on delete cascade,
    -- ALL, DIRECT (mentions and assignments only) or NONE
    email   text not null check (email in ('ALL', 'DIRECT', 'NONE'))
);

-- One email per person and task: the changes of a window gather in the open batch, which a job closes and sends.
create table notification_emails (
    id           uuid primary key,
    workspace_id uuid        not null references workspaces on delete cascade,
    user_id      uuid        not null references users on delete cascade,
    task_id      uuid        not null,
    opened_at    timestamptz not null default now(),
    closed_at    timestamptz,
    sent_at      timestamptz
);
create unique index notification_emails_open on notification_emails (user_id, task_id) where closed_at is null;
create index notification_emails_task on notification_emails (task_id);

create table notifications (
    id             uuid primary key,
    workspace_id   uuid        not null references workspaces on delete cascade,
    user_id        uuid        not null references users on delete cascade,
    kind           text        not null check (kind in ('ASSIGNED', 'MENTIONED', 'COMMENTED', 'STATUS_CHANGED', 'DUE_TOMORROW')),
    task_id        uuid        not null,
    -- the comment of a MENTIONED or COMMENTED notification (the comment module's table, hence no key here)
    comment_id     uuid,
    actor_id       uuid references users on delete set null,
    detail         text        not null default '' check (char_length(detail) <= 500),
    at             timestamptz not null default now(),
    read_at        timestamptz,
    email_batch_id uuid references notification_emails on delete set null
);
-- the inbox, newest first, and the bell's count
create index notifications_inbox on notifications (user_id, at desc, id desc);
create index notifications_unread on notifications (user_id) where read_at is null;
create index notifications_task on notifications (task_id);
create index notifications_batch on notifications (email_batch_id) where email_batch_id is not null;
