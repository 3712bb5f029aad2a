-- The due moment of each occurrence of a waiting step: the one source of truth from which the task's due
-- date, the ladder's timers (the boundary events drawn in the models) and what forms show are derived.
-- An occurrence is keyed by the engine execution that carries its timers (the user task's scope, or the
-- multi-instance body of a step that several agencies do in parallel); a step done again after a return
-- for revision is a new occurrence. Extending a deadline updates due_at and re-arms the timers.
create table step_deadline (
    execution_id        varchar(64)  not null primary key,
    process_instance_id varchar(64)  not null,
    step_key            varchar(128) not null,
    due_at              timestamp with time zone not null,
    created_at          timestamp with time zone not null,
    moved_at            timestamp with time zone
);
create index step_deadline_step_idx on step_deadline (process_instance_id, step_key);
