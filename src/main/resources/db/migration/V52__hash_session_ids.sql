-- spring_session keeps the SHA-256 (hex) of each session id, never the id the cookie carries
-- (see platform.security.SessionStoreConfig); sessions open at the upgrade stay valid.
drop index spring_session_ix1;
alter table spring_session alter column session_id type varchar(64)
    using encode(sha256(convert_to(trim(session_id), 'UTF8')), 'hex');
create unique index spring_session_ix1 on spring_session (session_id);
