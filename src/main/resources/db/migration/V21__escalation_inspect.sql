-- The steering committee may answer an escalation by ordering an inspection of the agency (INSPECT).
alter table escalation drop constraint escalation_decision_check;
alter table escalation add constraint escalation_decision_check
    check (decision in ('DIRECT', 'EXTEND', 'ACCOUNTABILITY', 'CLOSE', 'INSPECT'));
