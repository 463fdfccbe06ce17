-- Rate-limit buckets shared by every node (Bucket4j's PostgreSQL proxy manager, select-for-update flavour).
-- id: quota name, size and subject, e.g. 'upload:10/300:user:<uuid>'; state: Bucket4j's serialised bucket;
-- expires_at: epoch milliseconds after which the row may be deleted.
-- No index on expires_at: every counted request rewrites it, and without an index those updates stay HOT;
-- the periodic cleanup scans a table that only holds clients seen in the last window.
create table rate_limit_buckets (
    id         text primary key,
    state      bytea,
    expires_at bigint
) with (fillfactor = 70);
