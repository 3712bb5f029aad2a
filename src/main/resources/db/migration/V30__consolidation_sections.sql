-- The province's report has the three sections of an official report: results (Kết quả thực hiện),
-- difficulties (Khó khăn, vướng mắc), proposals (Đề xuất, kiến nghị). A period consolidated before had one
-- narrative: it becomes the results, and consolidated_narrative stays as it was written, for history.
alter table reporting_period add column consolidated_results varchar(20000);
alter table reporting_period add column consolidated_difficulties varchar(20000);
alter table reporting_period add column consolidated_proposals varchar(20000);
update reporting_period set consolidated_results = consolidated_narrative
 where consolidated_at is not null and consolidated_narrative is not null;
