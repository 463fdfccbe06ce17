-- Task numbers (the 12 of WEB-12), gap-free per project: each project has one counter row that a create
-- increments in its own transaction, and an import locks for the whole COPY and advances once by the rows it
-- added, so numbers come in one contiguous range per import (DESIGN §11).
alter table tasks add column number integer;

update tasks t set number = n.number
from (select id, row_number() over (partition by project_id order by created_at, id) as number from tasks) n
where t.id = n.id;

alter table tasks alter column number set not null;
create unique index tasks_project_number on tasks (project_id, number);

create table task_numbers (
    workspace_id uuid    not null,
    project_id   uuid    primary key,
    last_number  integer not null check (last_number >= 0),
    foreign key (workspace_id, project_id) references projects (workspace_id, id) on delete cascade
);
create index task_numbers_workspace on task_numbers (workspace_id);
insert into task_numbers (workspace_id, project_id, last_number)
select p.workspace_id, p.id, coalesce(max(t.number), 0)
from projects p left join tasks t on t.project_id = p.id
group by p.workspace_id, p.id;

-- The keys a task had in projects it has left, so that an old key leads to it.
create table task_key_history (
    workspace_id uuid    not null,
    project_id   uuid    not null,
    number       integer not null,
    task_id      uuid    not null references tasks on delete cascade,
    primary key (project_id, number),
    foreign key (workspace_id, project_id) references projects (workspace_id, id) on delete cascade
);
create index task_key_history_task on task_key_history (task_id);
