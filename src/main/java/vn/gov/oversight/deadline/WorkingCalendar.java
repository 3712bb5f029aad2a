package vn.gov.oversight.deadline;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.gov.oversight.OversightApplication;
import vn.gov.oversight.system.InvalidInputException;

/**
 * Working days in Vietnam: Monday to Friday, less the days off of the {@link HolidayCalendar}, plus the
 * Saturdays or Sundays the government swaps into working days. A deadline "within 3 working days" ends
 * at the end of the third working day after today.
 */
@Service
public class WorkingCalendar {

    /** The end of a day-based deadline: the last minute of its day, in Vietnam. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final HolidayCalendar holidays;
    private final Clock clock;
    private final ZoneId zone = ZoneId.of(OversightApplication.TIME_ZONE);

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

    /** The working day {@code days} working days after {@code start} (0: start itself or the next working day). */
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

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
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
     * The moment a deadline of {@code duration} (ISO-8601) set now falls due: {@code P3D} or {@code P2W}
     * count working days and end at the end of the day; {@code PT30S}, {@code PT2H} are plain time.
     */
    public ZonedDateTime dueAfter(String duration) {
        return dueAfter(ZonedDateTime.now(clock).withZoneSameInstant(zone), duration);
    }

    public ZonedDateTime dueAfter(ZonedDateTime from, String duration) {
        String text = duration == null ? "" : duration.trim().toUpperCase();
        if (text.contains("T")) {
            try {
                return from.plus(Duration.parse(text));
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("duration", "Thời hạn '" + duration + "' không đúng dạng ISO-8601");
            }
        }
        Period period;
        try {
            period = Period.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("duration", "Thời hạn '" + duration + "' không đúng dạng ISO-8601");
        }
        if (period.getYears() != 0 || period.getMonths() != 0) {
            // months and years are calendar time; the deadline still lands on a working day
            LocalDate day = plusWorkingDays(from.toLocalDate().plus(period), 0);
            return ZonedDateTime.of(day, END_OF_DAY, zone);
        }
        LocalDate day = plusWorkingDays(from.withZoneSameInstant(zone).toLocalDate(), period.getDays());
        return ZonedDateTime.of(day, END_OF_DAY, zone);
    }

    /** The end of a deadline day, as a moment. */
    public ZonedDateTime endOf(LocalDate day) {
        return ZonedDateTime.of(day, END_OF_DAY, zone);
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
