-- Exceptions to the Monday-to-Friday week: public holidays and Tết (DAY_OFF), and the Saturdays or
-- Sundays the government swaps into working days (WORKING_DAY). One row a day; data per year.
create table calendar_day (
    calendar_date date        not null primary key,
    kind          varchar(16) not null,
    name          varchar(255) not null,
    constraint calendar_day_kind_check check (kind in ('DAY_OFF', 'WORKING_DAY'))
);
