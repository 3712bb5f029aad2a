-- A report is found by its process instance's business key, never by a process variable that a person
-- could send along with a form. The key is given when the report is opened (period/agency at that time).
alter table periodic_report add column business_key varchar(255);
update periodic_report set business_key = period_code || '/' || agency_code;
alter table periodic_report alter column business_key set not null;
create unique index periodic_report_business_key_idx on periodic_report (business_key);
