package vn.gov.oversight.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code calendar_year} and {@code calendar_day}; callers hold the
 * transaction.
 */
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
        Optional<Header> header = jdbc
            .sql("select source, updated_at, updated_by from calendar_year where year_number = ?")
            .param(year)
            .query((rs, n) -> new Header(rs.getString("source"),
                    rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by")))
            .optional();
        return header.map(h -> new CalendarYear(year, h.source(), h.updatedAt(), h.updatedBy(), days(year, DAY_OFF),
                days(year, WORKING_DAY)));
    }

    /**
     * Who last changed a stored year (null: the shipped file) and the fingerprint of the
     * shipped content it holds.
     */
    record Origin(String updatedBy, String shippedFingerprint) {
    }

    Optional<Origin> origin(int year) {
        return jdbc.sql("select updated_by, shipped_fingerprint from calendar_year where year_number = ?")
            .param(year)
            .query((rs, n) -> new Origin(rs.getString("updated_by"), rs.getString("shipped_fingerprint")))
            .optional();
    }

    /**
     * Inserts a year's header. The primary key settles a race between two writers of the
     * same new year (two instances starting at once): the second one waits, then fails
     * with a duplicate key.
     */
    void insertYear(int year, String source, Instant at, String by, String shippedFingerprint) {
        jdbc.sql("insert into calendar_year (year_number, source, updated_at, updated_by, shipped_fingerprint) "
                + "values (?, ?, ?, ?, ?)")
            .params(year, source, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by, shippedFingerprint)
            .update();
    }

    /**
     * Updates a year's header as a person's correction (no longer the shipped content);
     * false when the year has none yet.
     */
    boolean updateYear(int year, String source, Instant at, String by) {
        return jdbc
            .sql("update calendar_year set source = ?, updated_at = ?, updated_by = ?, shipped_fingerprint = null "
                    + "where year_number = ?")
            .params(source, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by, year)
            .update() == 1;
    }

    /**
     * Records the fingerprint of a year loaded before fingerprints whose content is still
     * the shipped one.
     */
    void adoptFingerprint(int year, String fingerprint) {
        jdbc.sql("update calendar_year set shipped_fingerprint = ? where year_number = ? and updated_by is null "
                + "and shipped_fingerprint is null")
            .params(fingerprint, year)
            .update();
    }

    /**
     * Replaces the header of a year still as shipped, only if nobody changed it since it
     * was read: still no administrator and still the fingerprint read ({@code null} for a
     * year loaded before fingerprints). Of two instances replacing at once, the second
     * waits for the first's row lock, then finds the new fingerprint and updates nothing:
     * false.
     */
    boolean replaceShippedYear(int year, String source, Instant at, String fingerprintRead, String newFingerprint) {
        return jdbc
            .sql("update calendar_year set source = ?, updated_at = ?, shipped_fingerprint = ? where year_number = ? "
                    + "and updated_by is null and "
                    + (fingerprintRead == null ? "shipped_fingerprint is null" : "shipped_fingerprint = ?"))
            .params(fingerprintRead == null
                    ? List.of(source, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), newFingerprint, year)
                    : List.of(source, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), newFingerprint, year,
                            fingerprintRead))
            .update() == 1;
    }

    /**
     * Replaces the days of a year (days left from before the table calendar_year
     * included).
     */
    int replaceDays(int year, List<CalendarYear.Entry> daysOff, List<CalendarYear.Entry> workingDays) {
        int removed = jdbc.sql("delete from calendar_day where calendar_date between ? and ?")
            .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
            .update();
        insertDays(daysOff, DAY_OFF);
        insertDays(workingDays, WORKING_DAY);
        return removed;
    }

    private void insertDays(List<CalendarYear.Entry> entries, String kind) {
        for (CalendarYear.Entry entry : entries) {
            jdbc.sql("insert into calendar_day (calendar_date, kind, name) values (?, ?, ?)")
                .params(entry.date(), kind, entry.name().trim())
                .update();
        }
    }

    /**
     * The days of a year of one kind ({@link #DAY_OFF}, {@link #WORKING_DAY}), with or
     * without a header.
     */
    List<CalendarYear.Entry> days(int year, String kind) {
        return jdbc
            .sql("select calendar_date, name from calendar_day where kind = ? and calendar_date between ? and ? "
                    + "order by calendar_date")
            .params(kind, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
            .query((rs, n) -> new CalendarYear.Entry(rs.getObject("calendar_date", LocalDate.class),
                    rs.getString("name")))
            .list();
    }

}
