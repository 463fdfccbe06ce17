-- Workspace labels (DESIGN §11): a name unique per workspace whatever its case, and a colour from a fixed palette,
-- so that nothing a person types reaches a style; pages show the colour through a CSS class.
create table labels (
    id           uuid primary key,
    workspace_id uuid        not null references workspaces on delete cascade,
    name         text        not null check (char_length(name) between 1 and 50 and name = btrim(name)),
    colour       text        not null check (colour in ('GREY', 'RED', 'ORANGE', 'YELLOW', 'GREEN', 'TEAL', 'BLUE', 'PURPLE', 'PINK')),
    created_at   timestamptz not null default now()
);
create unique index labels_name_key on labels (workspace_id, lower(name));

-- Any number of labels per task; deleting either side removes the link.
create table task_labels (
    task_id  uuid not null references tasks on delete cascade,
    label_id uuid not null references labels on delete cascade,
    primary key (task_id, label_id)
);
-- the label filter and the cascade of a label's deletion
create index task_labels_label on task_labels (label_id, task_id);
