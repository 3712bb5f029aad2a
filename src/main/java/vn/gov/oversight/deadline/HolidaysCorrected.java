package vn.gov.oversight.deadline;

import java.time.LocalDate;
import java.util.Set;

/**
 * Published once the working calendar counts with new days for some years: a shipped
 * correction loaded at start-up, a year loaded for the first time, or an administrator's
 * correction. It carries the years and the days they had before, so that the module
 * owning a waiting step can tell whether the step's due moment was counted with the old
 * days ({@link WorkingCalendar#asBefore(HolidaysCorrected)}) and move it.
 */
public record HolidaysCorrected(Set<Integer> years, Set<LocalDate> daysOffBefore, Set<LocalDate> workingDaysBefore) {

    public HolidaysCorrected {
        years = Set.copyOf(years);
        daysOffBefore = Set.copyOf(daysOffBefore);
        workingDaysBefore = Set.copyOf(workingDaysBefore);
    }
}
