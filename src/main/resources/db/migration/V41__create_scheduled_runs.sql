-- When each piece of scheduled work last ran on any node (platform.db.ClusterOnce), so that work every node
-- schedules runs once per period across the cluster.
create table scheduled_runs (
    name   text primary key,
    ran_at timestamptz not null
);
