-- A task's activity also tells of its links: LINKED and UNLINKED entries (field: the kind as seen from the task,
-- BLOCKS, BLOCKED_BY or RELATES_TO; new or old value: the other task's key).
alter table activity drop constraint activity_kind_check;
alter table activity add constraint activity_kind_check
    check (kind in ('CREATED', 'CHANGED', 'MOVED', 'DELETED', 'COMMENTED', 'IMPORTED', 'UNDONE', 'LINKED', 'UNLINKED'));
