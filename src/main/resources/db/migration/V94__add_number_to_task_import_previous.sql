-- An import by key may move a task to another project, where it takes that project's next number (V93); its undo
-- puts the task back in its old project with its old number, kept here beside its other previous values.
alter table task_import_previous add column number integer;
