-- Lists sorted by due date (TaskSort.DUE: coalesce(due_date, 'infinity'), id) sorted every matching task to
-- return 51: a project's list took 63 ms and My Tasks 11 ms a call at 1,000,000 tasks, together half of
-- PostgreSQL's time in the capacity benchmark's browsing. With these indexes both read 51 entries in order.
create index tasks_project_due on tasks (workspace_id, project_id, coalesce(due_date, 'infinity'::date), id);

-- My Tasks and "assigned to" filters: replaces tasks_assignee (assignee, workspace, status), whose status
-- column did not give the due order; counts by status read the same entries, so imports keep one index here.
create index tasks_assignee_due on tasks (assignee_id, workspace_id, coalesce(due_date, 'infinity'::date), id)
    where assignee_id is not null;
drop index tasks_assignee;
