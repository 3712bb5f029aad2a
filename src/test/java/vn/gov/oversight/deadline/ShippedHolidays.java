package vn.gov.oversight.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.gov.oversight.OversightApplication;

/**
 * The holidays of the shipped file, in memory: the calendar of the unit and process
 * tests, no database.
 */
final class ShippedHolidays implements WorkingCalendar.HolidayCalendar {

    static final ZoneId VIETNAM = ZoneId.of(OversightApplication.TIME_ZONE);

    private final Set<LocalDate> daysOff;

    private final Set<LocalDate> workingDays;

    private ShippedHolidays(List<HolidayFile.Year> years) {
        this.daysOff = years.stream()
            .flatMap(year -> year.daysOff().stream())
            .map(CalendarYear.Entry::date)
            .collect(Collectors.toUnmodifiableSet());
        this.workingDays = years.stream()
            .flatMap(year -> year.workingDays().stream())
            .map(CalendarYear.Entry::date)
            .collect(Collectors.toUnmodifiableSet());
    }

    static WorkingCalendar workingCalendar() {
        return workingCalendar(Clock.system(VIETNAM));
    }

    static WorkingCalendar workingCalendar(Clock clock) {
        return new WorkingCalendar(new ShippedHolidays(HolidayFile.read()), clock);
    }

    @Override
    public Set<LocalDate> daysOff() {
        return daysOff;
    }

    @Override
    public Set<LocalDate> swappedWorkingDays() {
        return workingDays;
    }

}
