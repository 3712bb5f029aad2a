-- The task group (the appendix's heading the task sits under) travels with each assignment, so that the board
-- and the lists filter by it without reading the plan's tables.
alter table assignment add column task_group varchar(500) not null default '';
update assignment set task_group = coalesce((select pt.task_group from plan_task pt
                                             where pt.plan_id = assignment.plan_id and pt.code = assignment.task_code), '');
create index assignment_due_idx on assignment (due_date);
