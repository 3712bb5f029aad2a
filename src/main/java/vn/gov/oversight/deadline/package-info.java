/**
 * Deadline: counting time the way officials do. Day-based durations count working days
 * (weekends and the days off of the holiday calendar skipped, swapped working days
 * counted); hour, minute and second durations stay plain time, for tests and
 * demonstrations. The module owns the holiday calendar (tables {@code calendar_year} and
 * {@code calendar_day}, loaded from the shipped {@code calendar/vn-holidays.json} and
 * corrected by administrators through {@code /api/calendar/{year}}; a corrected shipped
 * year replaces one never edited by an administrator, and
 * {@link vn.gov.oversight.deadline.HolidaysCorrected} tells the modules which years now
 * count differently), teaches the process engine's business calendar the same arithmetic
 * (a plug-in: it configures the engine but never calls it), and judges deadline statuses
 * ({@link vn.gov.oversight.deadline.DeadlineStatus}). Its public services are
 * {@link vn.gov.oversight.deadline.WorkingCalendar} and
 * {@link vn.gov.oversight.deadline.DeadlineStatus}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadline")
package vn.gov.oversight.deadline;
