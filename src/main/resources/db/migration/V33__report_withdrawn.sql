-- A report no longer expected (issue #13): its agency ended and its successors report for the period instead,
-- or the work went back to the coordinator. It stays for the record; the period counts it nowhere.
alter table periodic_report drop constraint periodic_report_status_check;
alter table periodic_report add constraint periodic_report_status_check
    check (status in ('OPEN', 'SUBMITTED', 'ACCEPTED', 'WITHDRAWN'));
alter table periodic_report add column withdrawn_reason varchar(2000);
