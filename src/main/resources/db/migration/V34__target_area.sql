-- Several former provinces in one (issue #13): a baseline stays attached to the area it was counted for.
-- Plan 151's 2021 review counted the households of the former Ninh Bình province; its targets measure that area.
alter table plan_target add column area varchar(64);
update plan_target set area = 'ninh-binh' where plan_code = '151/KH-UBND';
