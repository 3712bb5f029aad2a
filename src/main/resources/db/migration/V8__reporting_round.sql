-- The round of a reporting period: its consolidation by the coordinator, and for the preliminary and
-- final reviews (sơ kết, tổng kết) the steering committee's receipt.
alter table reporting_period add column round_process_instance_id varchar(64);
alter table reporting_period add column consolidated_at timestamp with time zone;
alter table reporting_period add column consolidated_by varchar(64);
alter table reporting_period add column consolidated_narrative varchar(20000);
alter table reporting_period add column received_by_committee_at timestamp with time zone;
