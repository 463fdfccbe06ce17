-- Secrets every node shares (the key that signs device cookies and binds CSRF tokens), made once by
-- whichever node needs one first; never sent to clients, never logged.
create table server_secrets (
    name   text primary key,
    secret bytea not null
);

-- Failed sign-ins per account (hash of the email) or per device cookie: the next evaluated attempt waits
-- until not_before (growing delays); the count starts over after an hour without attempts.
create table sign_in_throttle (
    subject      text primary key,
    failures     int         not null,
    not_before   timestamptz not null,
    last_attempt timestamptz not null
);
