package vn.gov.oversight.deadline;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.PeopleDates;

/**
 * Working days in Vietnam: Monday to Friday, less the days off of the
 * {@link HolidayCalendar}, plus the Saturdays or Sundays the government swaps into
 * working days. A deadline "within 3 working days" ends at the end of the third working
 * day after today.
 */
@Service
public class WorkingCalendar {

    /** The end of a day-based deadline: the last second of its day, in Vietnam. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /**
     * A week of a deadline is a working week: "within two weeks" means ten working days,
     * not fourteen (which would stretch it to almost three weeks of the calendar).
     */
    static final int WORKING_DAYS_A_WEEK = 5;

    /**
     * An ISO-8601 duration without a time part: P3D, P1W, P1M, P1Y2M10D (at least one
     * part).
     */
    private static final Pattern DAY_BASED = Pattern
        .compile("P(?:(\\d{1,4})Y)?(?:(\\d{1,5})M)?(?:(\\d{1,5})W)?(?:(\\d{1,6})D)?");

    private final HolidayCalendar holidays;

    private final Clock clock;

    private final ZoneId zone = PeopleDates.VIETNAM;

    public WorkingCalendar(HolidayCalendar holidays, Clock clock) {
        this.holidays = holidays;
        this.clock = clock;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (holidays.swappedWorkingDays().contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.daysOff().contains(day);
    }

    /**
     * The working day {@code days} working days after {@code start} (0: start itself or
     * the next working day).
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative when
     * {@code to} is earlier.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The moment a deadline of {@code duration} (ISO-8601) set now falls due: {@code P3D}
     * counts working days and ends at the end of the day; {@code P1W} is a working week
     * (five working days); months and years are calendar time, moved to the next working
     * day when they land on a day off; durations with a time part ({@code PT30S},
     * {@code PT2H}, {@code P1DT2H}) are plain time.
     */
    public ZonedDateTime dueAfter(String duration) {
        return dueAfter(ZonedDateTime.now(clock).withZoneSameInstant(zone), duration);
    }

    /**
     * As {@link #dueAfter(String)}, counted from {@code from} (the process engine's
     * clock, a test's).
     */
    public ZonedDateTime dueAfter(Instant from, String duration) {
        return dueAfter(from.atZone(zone), duration);
    }

    public ZonedDateTime dueAfter(ZonedDateTime from, String duration) {
        String text = duration == null ? "" : duration.trim().toUpperCase(Locale.ROOT);
        if (text.contains("T")) {
            try {
                return from.plus(Duration.parse(text));
            }
            catch (DateTimeParseException e) {
                throw invalid(duration);
            }
        }
        Matcher parts = DAY_BASED.matcher(text);
        if (!parts.matches() || text.length() == 1) {
            throw invalid(duration);
        }
        int years = number(parts.group(1));
        int months = number(parts.group(2));
        int workingDays = Math.addExact(Math.multiplyExact(number(parts.group(3)), WORKING_DAYS_A_WEEK),
                number(parts.group(4)));
        LocalDate start = from.withZoneSameInstant(zone).toLocalDate();
        if (years != 0 || months != 0) {
            // months and years are calendar time; the deadline still lands on a working
            // day
            start = plusWorkingDays(start.plusYears(years).plusMonths(months), 0);
        }
        return ZonedDateTime.of(plusWorkingDays(start, workingDays), END_OF_DAY, zone);
    }

    /**
     * Whether {@link #dueAfter(String)} counts {@code duration} on the calendar: no time
     * part, days to years.
     */
    static boolean countsWorkingDays(String duration) {
        if (duration == null) {
            return false;
        }
        String text = duration.trim().toUpperCase(Locale.ROOT);
        return text.length() > 1 && DAY_BASED.matcher(text).matches();
    }

    /** Whether {@link #dueAfter(String)} understands {@code duration}. */
    static boolean isDuration(String duration) {
        if (duration == null) {
            return false;
        }
        String text = duration.trim().toUpperCase(Locale.ROOT);
        if (!text.contains("T")) {
            return countsWorkingDays(text);
        }
        try {
            Duration.parse(text);
            return true;
        }
        catch (DateTimeParseException e) {
            return false;
        }
    }

    private static int number(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    private static InvalidInputException invalid(String duration) {
        return InvalidInputException.of("duration", "Thời hạn '" + duration + "' không đúng dạng ISO-8601");
    }

    /** The end of a deadline day, as a moment. */
    public ZonedDateTime endOf(LocalDate day) {
        return ZonedDateTime.of(day, END_OF_DAY, zone);
    }

    /**
     * This calendar as it counted before {@code correction}: the corrected years with
     * their former days, every other year as now. A step whose due moment equals the one
     * counted this way was counted with the old days (and not moved by a person since).
     */
    public WorkingCalendar asBefore(HolidaysCorrected correction) {
        Predicate<LocalDate> unchanged = day -> !correction.years().contains(day.getYear());
        Set<LocalDate> daysOff = Stream
            .concat(holidays.daysOff().stream().filter(unchanged), correction.daysOffBefore().stream())
            .collect(Collectors.toUnmodifiableSet());
        Set<LocalDate> workingDays = Stream
            .concat(holidays.swappedWorkingDays().stream().filter(unchanged), correction.workingDaysBefore().stream())
            .collect(Collectors.toUnmodifiableSet());
        return new WorkingCalendar(new FixedHolidays(daysOff, workingDays), clock);
    }

    private record FixedHolidays(Set<LocalDate> daysOff, Set<LocalDate> swappedWorkingDays) implements HolidayCalendar {
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Where the days off and swapped working days come from. */
    public interface HolidayCalendar {

        Set<LocalDate> daysOff();

        Set<LocalDate> swappedWorkingDays();

    }

}
