package vn.gov.oversight.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One year of the holiday calendar as the API shows it: where its data comes from ({@code source}, a
 * note in Vietnamese), who changed it last (null: loaded from the shipped file), its days off (weekdays
 * only matter) and its swapped working days (Saturdays or Sundays).
 */
record CalendarYear(int year, String source, Instant updatedAt, String updatedBy, List<Entry> daysOff,
        List<Entry> workingDays) {

    /** A day of the calendar and what it is, in Vietnamese ("Tết Nguyên đán (mùng 1)", "Làm bù cho ngày 02/5/2025"). */
    record Entry(LocalDate date, String name) {
    }

    /** What an administrator sends to replace a year, and what the shipped file holds for each year. */
    record Draft(String source, List<Entry> daysOff, List<Entry> workingDays) {
    }
}
