package vn.gov.oversight.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.gov.oversight.system.InvalidInputException;

/** Working-day arithmetic on the holidays shipped in calendar/vn-holidays.json. */
class WorkingCalendarTest {

    final WorkingCalendar calendar = ShippedHolidays.workingCalendar();

    static ZonedDateTime vietnam(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ShippedHolidays.VIETNAM);
    }

    @Test
    void threeWorkingDaysFromTheFridayBeforeTet2026EndOnTheWednesdayAfterIt() {
        // Tết 2026: off from Saturday 14/2 to Sunday 22/2
        assertThat(calendar.dueAfter(vietnam("2026-02-13T10:00"), "P3D")).isEqualTo(vietnam("2026-02-25T23:59:59"));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 25))).isEqualTo(3);
    }

    @Test
    void aSwappedSaturdayIsAWorkingDay() {
        // Friday 2/5/2025 was swapped with Saturday 26/4/2025
        assertThat(calendar.dueAfter(vietnam("2025-04-25T09:00"), "P1D")).isEqualTo(vietnam("2025-04-26T23:59:59"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
    }

    @Test
    void theHolidaysOfThirtyAprilAndFirstMay2025AreSkipped() {
        // off Wednesday 30/4 to Sunday 4/5/2025, the swapped Friday 2/5 included
        assertThat(calendar.dueAfter(vietnam("2025-04-29T16:30"), "P2D")).isEqualTo(vietnam("2025-05-06T23:59:59"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
    }

    @Test
    void weekendsAreSkipped() {
        assertThat(calendar.dueAfter(vietnam("2026-03-06T08:00"), "P1D")).isEqualTo(vietnam("2026-03-09T23:59:59"));
        // set on a Saturday, the first working day after it is Monday
        assertThat(calendar.dueAfter(vietnam("2026-03-07T08:00"), "P1D")).isEqualTo(vietnam("2026-03-09T23:59:59"));
        assertThat(calendar.dueAfter(vietnam("2026-03-06T08:00"), "P5D")).isEqualTo(vietnam("2026-03-13T23:59:59"));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 7), 0)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aWeekIsAWorkingWeek() {
        assertThat(calendar.dueAfter(vietnam("2026-03-09T08:00"), "P1W")).isEqualTo(vietnam("2026-03-16T23:59:59"));
        assertThat(calendar.dueAfter(vietnam("2026-03-09T08:00"), "P1W"))
            .isEqualTo(calendar.dueAfter(vietnam("2026-03-09T08:00"), "P5D"));
    }

    @Test
    void aMonthIsCalendarTimeEndingOnAWorkingDay() {
        // 17/2/2026 is Tết: the next working day is Monday 23/2
        assertThat(calendar.dueAfter(vietnam("2026-01-17T08:00"), "P1M")).isEqualTo(vietnam("2026-02-23T23:59:59"));
    }

    @Test
    void durationsWithATimePartArePlainTime() {
        ZonedDateTime friday = vietnam("2026-02-13T10:00");

        assertThat(calendar.dueAfter(friday, "PT30S")).isEqualTo(vietnam("2026-02-13T10:00:30"));
        assertThat(calendar.dueAfter(friday, "P1DT2H")).isEqualTo(vietnam("2026-02-14T12:00"));
        assertThat(WorkingCalendar.countsWorkingDays("PT30S")).isFalse();
        assertThat(WorkingCalendar.countsWorkingDays("P3D")).isTrue();
    }

    @Test
    void anInstantCountsInVietnam() {
        // 17:30 UTC on Thursday 12/2/2026 is already Friday 13/2 in Vietnam, the last day
        // before Tết
        assertThat(calendar.dueAfter(vietnam("2026-02-13T00:30").toInstant(), "P1D"))
            .isEqualTo(vietnam("2026-02-23T23:59:59"));
    }

    @Test
    void aMalformedDurationIsRefusedInVietnamese() {
        assertThatThrownBy(() -> calendar.dueAfter(vietnam("2026-02-13T10:00"), "3 ngày"))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("không đúng dạng ISO-8601");
        assertThatThrownBy(() -> calendar.dueAfter(vietnam("2026-02-13T10:00"), "P"))
            .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theFileHoldsTetOnTheLunarDatesTheGovernmentPublished() {
        // Only weekdays are listed, each Tết day named after its lunar day: "mùng k" is k
        // - 1 days after Tết.
        Map<Integer, LocalDate> tet = Map.of(2021, LocalDate.of(2021, 2, 12), 2022, LocalDate.of(2022, 2, 1), 2023,
                LocalDate.of(2023, 1, 22), 2024, LocalDate.of(2024, 2, 10), 2025, LocalDate.of(2025, 1, 29), 2026,
                LocalDate.of(2026, 2, 17), 2030, LocalDate.of(2030, 2, 2));
        Pattern lunarDay = Pattern.compile("Tết Nguyên đán \\(mùng (\\d)\\)");
        tet.forEach((year, newYear) -> {
            List<CalendarYear.Entry> tetDays = year(year).daysOff()
                .stream()
                .filter(entry -> lunarDay.matcher(entry.name()).matches())
                .toList();
            assertThat(tetDays).as("Tết days of %s", year).isNotEmpty();
            for (CalendarYear.Entry entry : tetDays) {
                Matcher matcher = lunarDay.matcher(entry.name());
                matcher.matches();
                assertThat(entry.date()).as(entry.name())
                    .isEqualTo(newYear.plusDays(Integer.parseInt(matcher.group(1)) - 1));
            }
            assertThat(calendar.isWorkingDay(newYear)).as("Tết %s", year).isFalse();
        });
    }

    @Test
    void theFileHoldsHungKingsDayOnTheLunarDatesTheGovernmentPublished() {
        assertThat(year(2024).daysOff())
            .contains(new CalendarYear.Entry(LocalDate.of(2024, 4, 18), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        assertThat(year(2025).daysOff())
            .contains(new CalendarYear.Entry(LocalDate.of(2025, 4, 7), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        // Sunday 26/4/2026: compensated on Monday 27/4
        assertThat(year(2026).daysOff())
            .contains(new CalendarYear.Entry(LocalDate.of(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương"));
    }

    @Test
    void everyShippedYearFrom2021To2030IsValidAndListsOnlyWeekdaysOff() {
        List<HolidayFile.Year> years = HolidayFile.read();

        assertThat(years).extracting(HolidayFile.Year::year)
            .containsExactly(2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030);
        for (HolidayFile.Year year : years) {
            assertThat(CalendarYearRules.check(year.year(), year.draft())).as("%s", year.year()).isEmpty();
            assertThat(year.daysOff()).as("%s", year.year())
                .allSatisfy(entry -> assertThat(entry.date().getDayOfWeek().getValue()).isLessThanOrEqualTo(5));
            assertThat(year.source()).isNotBlank().hasSizeLessThanOrEqualTo(CalendarYearRules.MAX_SOURCE);
        }
        assertThat(year(2025).workingDays()).extracting(CalendarYear.Entry::date)
            .containsExactly(LocalDate.of(2025, 4, 26));
    }

    @Test
    void theFileFollowsTheGovernmentsNotices() {
        // 2021: Tết off Wednesday 10/2 to Tuesday 16/2, Wednesday 17/2 worked
        assertThat(offFrom(LocalDate.of(2021, 2, 10), LocalDate.of(2021, 2, 16))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2021, 2, 17))).isTrue();
        // 2024 (2450/VPCP-KGVX): Monday 29/4 off, Saturday 4/5 worked
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 29))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
        assertThat(year(2024).source()).contains("2450/VPCP-KGVX");
        // 2025 (8726/VPCP-KGVX): Tết off 25/1 to 2/2 and no make-up day
        assertThat(offFrom(LocalDate.of(2025, 1, 25), LocalDate.of(2025, 2, 2))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).isFalse();
        assertThat(year(2025).source()).contains("8726/VPCP-KGVX");
        // 2026 (12729/VPCP-KGVX): Friday 2/1 off, Saturday 10/1 worked; National Day 29/8
        // to 2/9, Saturday 22/8 worked
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(offFrom(LocalDate.of(2026, 8, 29), LocalDate.of(2026, 9, 2))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 3))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
        assertThat(year(2026).source()).contains("12729/VPCP-KGVX");
        assertThat(year(2026).workingDays()).extracting(CalendarYear.Entry::date)
            .containsExactly(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 22));
    }

    @Test
    void ruleBasedYearsCompensateTetBeforeTheEveThenAfterTheFourthDay() {
        // Tết 2027 on Saturday 6/2: Thursday 4/2 to Wednesday 10/2; Tết 2030 on Saturday
        // 2/2: 31/1 to 6/2
        assertThat(offFrom(LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 11))).isTrue();
        assertThat(offFrom(LocalDate.of(2030, 1, 31), LocalDate.of(2030, 2, 6))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 2, 7))).isTrue();
        // mùng 4 of 2028 on Saturday 29/1: Monday 24/1 before the eve
        assertThat(offFrom(LocalDate.of(2028, 1, 24), LocalDate.of(2028, 1, 28))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 31))).isTrue();
        for (int rulebased = 2027; rulebased <= 2030; rulebased++) {
            assertThat(year(rulebased).source()).as("%s", rulebased)
                .contains("chưa có thông báo của Chính phủ năm " + rulebased)
                .contains("liền trước ngày cuối năm âm lịch");
        }
    }

    private boolean offFrom(LocalDate first, LocalDate last) {
        return first.datesUntil(last.plusDays(1)).noneMatch(calendar::isWorkingDay);
    }

    static HolidayFile.Year year(int year) {
        return HolidayFile.read().stream().filter(entry -> entry.year() == year).findFirst().orElseThrow();
    }

}
