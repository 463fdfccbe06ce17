-- Custom states per project (DESIGN §11, docs/adr/0010): each project has its own ordered states, each in one of the
-- five categories that tasks.status keeps, so that filters, counts, My Tasks and the indexes by status stay as they are.
-- A name is unique in its project whatever its case.
create table project_states (
    workspace_id uuid    not null,
    project_id   uuid    not null,
    id           uuid    primary key,
    name         text    not null check (char_length(name) between 1 and 50 and name = btrim(name)),
    category     text    not null check (category in ('BACKLOG', 'TODO', 'IN_PROGRESS', 'IN_REVIEW', 'DONE')),
    position     integer not null,
    foreign key (workspace_id, project_id) references projects (workspace_id, id) on delete cascade
);
create unique index project_states_name_key on project_states (project_id, lower(name));
-- a project's states in board order, and the first state of a category (what a task without a state_id is in)
create index project_states_order on project_states (workspace_id, project_id, category, position);

-- Every existing project starts with one state per category, named as the board named its columns until now.
insert into project_states (workspace_id, project_id, id, name, category, position)
select p.workspace_id, p.id, gen_random_uuid(), c.name, c.category, c.position
from projects p cross join (values ('BACKLOG', 'Backlog', 1), ('TODO', 'To do', 2), ('IN_PROGRESS', 'In progress', 3),
                                   ('IN_REVIEW', 'In review', 4), ('DONE', 'Done', 5)) as c (category, name, position);

-- Null means "the first state of the task's category in its project": COPY, imports and every insert that sets only a
-- status need no change. A state cannot be deleted while tasks name it (PMS moves them first, in the same transaction).
alter table tasks add column state_id uuid references project_states;
-- the foreign key's check when a state is deleted, and the tasks of one state (a board column, a state's removal)
create index tasks_state on tasks (state_id) where state_id is not null;
