package vn.gov.oversight.deadline;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The calendar's exceptions, kept as data in the table {@code calendar_day}: days off
 * (public holidays, Tết) and swapped working days (a Saturday worked in exchange for a
 * bridge day). Read once and kept in memory; {@link #reload()} after a change has been
 * committed.
 */
@Component
class JdbcHolidayCalendar implements WorkingCalendar.HolidayCalendar {

    private final JdbcClient jdbc;

    /**
     * Bumped by every reload; a snapshot read under an older generation is read again.
     */
    private final AtomicLong generation = new AtomicLong();

    private volatile Snapshot snapshot;

    private record Snapshot(long generation, Set<LocalDate> daysOff, Set<LocalDate> workingDays) {
    }

    JdbcHolidayCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<LocalDate> daysOff() {
        return current().daysOff();
    }

    @Override
    public Set<LocalDate> swappedWorkingDays() {
        return current().workingDays();
    }

    /**
     * Forgets what was read. A reader that began before the reload may still store what
     * it read, but under the old generation, so the next reader reads again: a correction
     * is never hidden for long.
     */
    void reload() {
        generation.incrementAndGet();
    }

    private Snapshot current() {
        Snapshot loaded = snapshot;
        long now = generation.get();
        if (loaded == null || loaded.generation() != now) {
            record Row(LocalDate day, String kind) {
            }
            List<Row> rows = jdbc.sql("select calendar_date, kind from calendar_day")
                .query((rs, n) -> new Row(rs.getObject("calendar_date", LocalDate.class), rs.getString("kind")))
                .list();
            Set<LocalDate> off = new HashSet<>();
            Set<LocalDate> working = new HashSet<>();
            rows.forEach(row -> (CalendarStore.WORKING_DAY.equals(row.kind()) ? working : off).add(row.day()));
            loaded = new Snapshot(now, Set.copyOf(off), Set.copyOf(working));
            snapshot = loaded;
        }
        return loaded;
    }

}
