-- The roll-out of a plan's assignments in short transactions (#15): the plan and its tasks are saved in one, then
-- each batch of assignments (the plan's tasks × lead agencies, in order, from first_index, size of them) is started
-- by a Camunda job of its own. A batch is done when its job committed; a job that failed is retried by the job
-- executor (and by another node if this one died), and a batch never starts an assignment twice.
create table plan_roll_out_batch (
    plan_id     bigint  not null references plan (id),
    batch       integer not null,
    first_index integer not null,
    size        integer not null,
    -- when the plan's transaction wrote it, and when the job's transaction began and ended (the benchmark reads
    -- the longest transaction of a roll-out from these)
    scheduled_at timestamp with time zone not null,
    started_at  timestamp with time zone,
    done_at     timestamp with time zone,
    primary key (plan_id, batch)
);
