-- The person a job works for: only a few of one person's jobs run at once (pms.jobs.max-running-per-user),
-- the others wait their turn while other people's jobs are claimed. Null for jobs nobody asked for.
alter table jobs add column user_id uuid references users on delete set null;
-- what the claim counts for each candidate: the running jobs of its person
create index jobs_running_by_user on jobs (user_id) where status = 'RUNNING';

update jobs j set user_id = i.user_id from imports i
where j.subject_id = i.id and j.kind = 'import' and j.status in ('QUEUED', 'RUNNING');
update jobs j set user_id = i.undo_requested_by from imports i
where j.subject_id = i.id and j.kind = 'import-undo' and j.status in ('QUEUED', 'RUNNING');
