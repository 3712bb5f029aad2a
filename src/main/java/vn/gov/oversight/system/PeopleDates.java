package vn.gov.oversight.system;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import vn.gov.oversight.OversightApplication;

/** Dates as officials read them: {@code dd/MM/yyyy}, in Vietnam's time zone. */
public final class PeopleDates {

    public static final ZoneId VIETNAM = ZoneId.of(OversightApplication.TIME_ZONE);

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PeopleDates() {
    }

    public static String day(LocalDate date) {
        return date == null ? null : date.format(DAY);
    }

    /** The day of a moment, in Vietnam. */
    public static String day(Date moment) {
        return moment == null ? null : moment.toInstant().atZone(VIETNAM).format(DAY);
    }

}
