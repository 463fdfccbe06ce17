-- An import by key keeps the values it replaced in task_import_previous. Its foreign key to tasks checked and
-- key-share locked each of those tasks, one trigger call per row: of the 4.2 s that keeping 50,000 previous values
-- took, 1.8 s were those checks (EXPLAIN ANALYZE, 100,000 staged rows, half of them known). Its ON DELETE CASCADE
-- also ran one lookup per deleted task, which an undo of a million tasks would pay (see V70 on activity).
-- The undo restores through a join with tasks, so a row whose task is gone is never used; it goes with that
-- import's undo, as the others do.
alter table task_import_previous drop constraint task_import_previous_task_id_fkey;
