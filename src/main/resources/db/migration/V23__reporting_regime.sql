-- Reporting regimes as data, kept by the coordinator (GET/PUT /api/reporting-regimes). Each regime names who reports
-- under it, whether the steering committee receives the consolidation, whether the scheduler opens its periods on
-- their day, and two deadlines: the reporters' (departments and localities report to the standing agency) and,
-- later, the province's own, with the consolidation in between. Periods copy the dates when they are opened, so
-- a change applies to the periods opened after it.
--
-- Defaults: Decree 09/2019/NĐ-CP (Art. 12: data from the 15th of the month before the period to the 14th of its
-- last month; Art. 13: provinces report by the 25th of the period's last month and set their reporters' deadlines
-- themselves). Ninh Bình's own regime is Quyết định 43/2019/QĐ-UBND (01/11/2019); its days for the reporters could
-- not be read when this was written, so the reporters' 18th is a working assumption the coordinator corrects here.
create table reporting_regime (
    kind                        varchar(32)   not null primary key,
    reporters                   varchar(200)  not null,
    steering_committee_receives boolean       not null,
    scheduled                   boolean       not null,
    reporters_due_day           integer,
    province_due_day            integer,
    legal_basis                 varchar(1000),
    updated_at                  timestamp with time zone not null default current_timestamp,
    updated_by                  varchar(64),
    constraint reporting_regime_kind_check check (kind in ('QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL', 'AD_HOC',
                                                           'PRELIMINARY_REVIEW', 'FINAL_REVIEW')),
    -- a regular regime's deadlines fall after its cut-off (the 14th) within its last month; called-for reports
    -- carry the dates of their request instead
    constraint reporting_regime_days_check check (
        (kind in ('QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL')
            and reporters_due_day between 15 and 30 and province_due_day between 15 and 30
            and reporters_due_day < province_due_day)
        or (kind not in ('QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL') and reporters_due_day is null and province_due_day is null)),
    constraint reporting_regime_scheduled_check check (scheduled = false or kind in ('QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL'))
);

insert into reporting_regime (kind, reporters, steering_committee_receives, scheduled, reporters_due_day,
                              province_due_day, legal_basis, updated_by)
values ('QUARTERLY', 'LOCAL_COMMITTEE,DEPARTMENT', false, false, 18, 25,
        'Nghị định 09/2019/NĐ-CP, Điều 12, 13; Quyết định 43/2019/QĐ-UBND tỉnh Ninh Bình', 'flyway'),
       ('SEMI_ANNUAL', 'LOCAL_COMMITTEE,DEPARTMENT', false, true, 18, 25,
        'Nghị định 09/2019/NĐ-CP, Điều 12, 13; Thông tư 10/2022/TT-BLĐTBXH (giám sát 6 tháng); Quyết định 43/2019/QĐ-UBND tỉnh Ninh Bình', 'flyway'),
       ('ANNUAL', 'LOCAL_COMMITTEE,DEPARTMENT', false, true, 18, 25,
        'Nghị định 09/2019/NĐ-CP, Điều 12, 13; Thông tư 10/2022/TT-BLĐTBXH (giám sát hằng năm); Quyết định 43/2019/QĐ-UBND tỉnh Ninh Bình', 'flyway'),
       ('AD_HOC', 'LOCAL_COMMITTEE', false, false, null, null, 'Văn bản yêu cầu báo cáo đột xuất', 'flyway'),
       ('PRELIMINARY_REVIEW', 'LOCAL_COMMITTEE,DEPARTMENT,MASS_ORGANISATION,OTHER', true, false, null, null,
        'Kế hoạch 151/KH-UBND: sơ kết giai đoạn', 'flyway'),
       ('FINAL_REVIEW', 'LOCAL_COMMITTEE,DEPARTMENT,MASS_ORGANISATION,OTHER', true, false, null, null,
        'Kế hoạch 151/KH-UBND: tổng kết giai đoạn', 'flyway');

-- A period keeps both deadlines: the reporters' (the periodic reports' due date) and the province's (the
-- consolidation's). Periods opened before this had one date for both.
alter table reporting_period add column reporters_due_date date;
update reporting_period set reporters_due_date = due_date;
alter table reporting_period alter column reporters_due_date set not null;
alter table reporting_period add constraint reporting_period_dates_check
    check (cut_off_from <= cut_off_to and reporters_due_date <= due_date);
