-- Coordinating bodies of a task kept as written, never assigned: bodies outside the directory ("Báo Ninh Bình",
-- "Đài Phát thanh và Truyền hình tỉnh") and vague phrases ("các cơ quan liên quan").
create table plan_task_outside_body (
    plan_task_id bigint       not null references plan_task (id),
    position     integer      not null,
    name         varchar(255) not null,
    primary key (plan_task_id, position)
);
