-- Which years the table calendar_day holds, where their data comes from and who changed them last.
-- A year with a row here is never overwritten by the shipped file (calendar/vn-holidays.json): an
-- administrator's correction wins. updated_by is null for a year loaded from the file. The column is
-- year_number because YEAR is a keyword in H2.
create table calendar_year (
    year_number int                      not null primary key,
    source      varchar(500)             not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(64)
);
