-- The audit log: who did what security-relevant thing, when and from where. Append-only.
-- workspace_id is null for instance-level events (sign-in, sign-out, personal tokens, a workspace's deletion).
-- No foreign keys on purpose: a cascade from a deleted workspace, project or user would have to delete rows of
-- the log, which the trigger below refuses, and the log must outlive what it speaks of.
-- Nothing secret is stored: never a password, a token's secret, a session id or a cookie.
create table audit_events (
    id             uuid        primary key,
    workspace_id   uuid,
    at             timestamptz not null default clock_timestamp(),
    kind           text        not null check (char_length(kind) between 1 and 50),
    actor_id       uuid,
    client_address text        check (char_length(client_address) <= 64),
    target_id      uuid,
    detail         text        not null default '' check (char_length(detail) <= 1000)
);
-- keyed tenant first: a workspace's log, newest first, and one person's entries in it
create index audit_events_workspace on audit_events (workspace_id, at desc, id desc) where workspace_id is not null;
create index audit_events_workspace_actor on audit_events (workspace_id, actor_id, at desc, id desc) where workspace_id is not null;
-- the instance admin's log of sign-ins and other instance-level events
create index audit_events_instance on audit_events (at desc, id desc) where workspace_id is null;

-- Why a trigger and not only privileges: PMS connects as the database's owner (the embedded server makes it a
-- superuser), and an owner or superuser is not bound by GRANT/REVOKE on its own table. A BEFORE ... FOR EACH
-- STATEMENT trigger refuses every UPDATE and DELETE, whoever sends it and however many rows it would touch.
-- Deployments with a separate application role should also grant it only SELECT and INSERT on this table.
-- TRUNCATE is not refused: the test suite's cleaner empties every table with it between tests. Disabling the
-- trigger or truncating takes the table's owner acting on purpose, which no code path of PMS does.
create function audit_events_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_events is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_events_append_only
    before update or delete on audit_events
    for each statement execute function audit_events_append_only();
