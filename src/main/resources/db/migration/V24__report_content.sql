-- What a report holds depends on its reporter: a locality reports its households, a department or an
-- organisation the reach of its policies (each in its own unit, against its own denominator). Reports opened
-- before this were all household reports.
alter table periodic_report add column content varchar(16) not null default 'HOUSEHOLDS';
alter table periodic_report add constraint periodic_report_content_check check (content in ('HOUSEHOLDS', 'POLICIES'));
-- a policy report carries no household figures: they would be counted twice in the province's totals
alter table periodic_report add constraint periodic_report_policies_no_households
    check (content = 'HOUSEHOLDS' or (total_households is null and poor_households is null
                                      and near_poor_households is null and exited_poverty is null and newly_poor is null));

-- the movements of the period (the plan aims to limit re-poverty), the ethnic-minority breakdown, and the
-- explanation of figures that do not add up
alter table periodic_report add column poor_at_start integer;
alter table periodic_report add column near_poor_at_start integer;
alter table periodic_report add column re_poor integer;
alter table periodic_report add column near_poor_exited integer;
alter table periodic_report add column newly_near_poor integer;
alter table periodic_report add column ethnic_minority_poor integer;
alter table periodic_report add column ethnic_minority_near_poor integer;
alter table periodic_report add column explanation varchar(4000);
alter table periodic_report add constraint periodic_report_counts_not_negative
    check (coalesce(total_households, 0) >= 0 and coalesce(poor_households, 0) >= 0
           and coalesce(near_poor_households, 0) >= 0 and coalesce(exited_poverty, 0) >= 0
           and coalesce(newly_poor, 0) >= 0 and coalesce(poor_at_start, 0) >= 0 and coalesce(near_poor_at_start, 0) >= 0
           and coalesce(re_poor, 0) >= 0 and coalesce(near_poor_exited, 0) >= 0 and coalesce(newly_near_poor, 0) >= 0
           and coalesce(ethnic_minority_poor, 0) >= 0 and coalesce(ethnic_minority_near_poor, 0) >= 0);

-- per deprivation indicator of Decree 07/2021/NĐ-CP, the poor and near-poor households lacking it
create table periodic_report_deficit (
    report_id  bigint      not null references periodic_report (id),
    indicator  varchar(32) not null,
    households integer     not null,
    primary key (report_id, indicator),
    constraint periodic_report_deficit_not_negative check (households >= 0)
);

alter table periodic_report_reach add constraint periodic_report_reach_within_eligible
    check ((poor_reached is null or poor_eligible is null or poor_reached <= poor_eligible)
           and (near_poor_reached is null or near_poor_eligible is null or near_poor_reached <= near_poor_eligible));
