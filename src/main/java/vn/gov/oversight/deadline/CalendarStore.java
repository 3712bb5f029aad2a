package vn.gov.oversight.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code calendar_year} and {@code calendar_day}; callers hold the transaction. */
@Repository
class CalendarStore {

    static final String DAY_OFF = "DAY_OFF";
    static final String WORKING_DAY = "WORKING_DAY";

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CalendarYear> year(int year) {
        record Header(String source, Instant updatedAt, String updatedBy) {
        }
        Optional<Header> header = jdbc.sql("select source, updated_at, updated_by from calendar_year where year_number = ?")
                .param(year)
                .query((rs, n) -> new Header(rs.getString("source"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by")))
                .optional();
        return header.map(h -> new CalendarYear(year, h.source(), h.updatedAt(), h.updatedBy(), days(year, DAY_OFF),
                days(year, WORKING_DAY)));
    }

    boolean hasYear(int year) {
        return jdbc.sql("select count(*) from calendar_year where year_number = ?").param(year).query(Integer.class)
                .single() > 0;
    }

    /**
     * Inserts a year's header. The primary key settles a race between two writers of the same new year
     * (two instances starting at once): the second one waits, then fails with a duplicate key.
     */
    void insertYear(int year, String source, Instant at, String by) {
        jdbc.sql("insert into calendar_year (year_number, source, updated_at, updated_by) values (?, ?, ?, ?)")
                .params(year, source, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by).update();
    }

    /** Updates a year's header; false when the year has none yet. */
    boolean updateYear(int year, String source, Instant at, String by) {
        return jdbc.sql("update calendar_year set source = ?, updated_at = ?, updated_by = ? where year_number = ?")
                .params(source, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by, year).update() == 1;
    }

    /** Replaces the days of a year (days left from before the table calendar_year included). */
    int replaceDays(int year, List<CalendarYear.Entry> daysOff, List<CalendarYear.Entry> workingDays) {
        int removed = jdbc.sql("delete from calendar_day where calendar_date between ? and ?")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).update();
        insertDays(daysOff, DAY_OFF);
        insertDays(workingDays, WORKING_DAY);
        return removed;
    }

    private void insertDays(List<CalendarYear.Entry> entries, String kind) {
        for (CalendarYear.Entry entry : entries) {
            jdbc.sql("insert into calendar_day (calendar_date, kind, name) values (?, ?, ?)")
                    .params(entry.date(), kind, entry.name().trim()).update();
        }
    }

    private List<CalendarYear.Entry> days(int year, String kind) {
        return jdbc.sql("select calendar_date, name from calendar_day where kind = ? and calendar_date between ? and ? "
                + "order by calendar_date")
                .params(kind, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, n) -> new CalendarYear.Entry(rs.getObject("calendar_date", LocalDate.class),
                        rs.getString("name")))
                .list();
    }
}
