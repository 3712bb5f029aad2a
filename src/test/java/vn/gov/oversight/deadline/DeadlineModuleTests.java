package vn.gov.oversight.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.PublishedEvents;

import vn.gov.oversight.support.ModuleTest;

/**
 * The deadline module alone: a correction of a year's holidays is counted with at once
 * and told to the modules owning waiting steps, with the days the year had before.
 */
@ModuleTest
class DeadlineModuleTests {

    static final int YEAR = 2041;
    static final LocalDate NATIONAL_DAY = LocalDate.of(YEAR, 9, 2);
    static final LocalDate LIBERATION_DAY = LocalDate.of(YEAR, 4, 30);

    @Autowired
    CalendarYears years;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void aCorrectedYearIsCountedWithAtOnceAndToldWithTheDaysItHadBefore(PublishedEvents events) {
        years.replace(YEAR, new CalendarYear.Draft("Bộ luật Lao động 2019, Điều 112",
                List.of(new CalendarYear.Entry(NATIONAL_DAY, "Quốc khánh")), List.of()), "admin");
        assertThat(calendar.isWorkingDay(LIBERATION_DAY)).isTrue();

        years.replace(YEAR,
                new CalendarYear.Draft("Bộ luật Lao động 2019, Điều 112",
                        List.of(new CalendarYear.Entry(NATIONAL_DAY, "Quốc khánh"),
                                new CalendarYear.Entry(LIBERATION_DAY, "Ngày Chiến thắng")),
                        List.of()),
                "admin");

        assertThat(calendar.isWorkingDay(LIBERATION_DAY)).isFalse();
        assertThat(events.ofType(HolidaysCorrected.class).matching(corrected -> corrected.years().contains(YEAR)))
            .satisfiesExactly(first -> assertThat(first.daysOffBefore()).doesNotContain(NATIONAL_DAY, LIBERATION_DAY),
                    second -> assertThat(second.daysOffBefore()).contains(NATIONAL_DAY).doesNotContain(LIBERATION_DAY));
    }

}
