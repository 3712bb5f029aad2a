/**
 * Deadline: counting time the way officials do. Day-based durations count working days (weekends and
 * the days off of the holiday calendar skipped, swapped working days counted); hour, minute and second
 * durations stay plain time, for tests and demonstrations. Pure: it calls no process engine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadline")
package vn.gov.oversight.deadline;
