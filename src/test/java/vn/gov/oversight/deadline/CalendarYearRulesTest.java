package vn.gov.oversight.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.oversight.system.InvalidInputException.FieldProblem;

class CalendarYearRulesTest {

    static CalendarYear.Entry entry(String date, String name) {
        return new CalendarYear.Entry(date == null ? null : LocalDate.parse(date), name);
    }

    @Test
    void aCorrectYearPasses() {
        CalendarYear.Draft draft = new CalendarYear.Draft("Thông báo số 01/TB-BNV",
                List.of(entry("2027-02-05", "Tết Nguyên đán"), entry("2027-02-12", "Nghỉ hoán đổi")),
                List.of(entry("2027-02-20", "Làm bù cho ngày 12/02/2027")));

        assertThat(CalendarYearRules.check(2027, draft)).isEmpty();
    }

    @Test
    void everyProblemIsNamedByItsField() {
        CalendarYear.Draft draft = new CalendarYear.Draft(" ",
                Arrays.asList(entry("2028-01-03", "Nghỉ bù"), entry("2027-02-05", ""), entry("2027-02-05", "Lặp lại"),
                        null, entry(null, "Không có ngày")),
                List.of(entry("2027-03-10", "Làm bù"), entry("2027-02-05", "Làm bù Tết")));

        List<FieldProblem> problems = CalendarYearRules.check(2027, draft);

        assertThat(problems).extracting(FieldProblem::field)
            .containsExactly("source", "daysOff[0].date", "daysOff[1].name", "daysOff[2].date", "daysOff[3]",
                    "daysOff[4].date", "workingDays[0].date", "workingDays[1].date", "workingDays[1].date");
        assertThat(problems).extracting(FieldProblem::message)
            .contains("Ngày 03/01/2028 không thuộc năm 2027",
                    "Ngày làm bù 10/3/2027 là thứ Tư: chỉ thứ Bảy hoặc Chủ nhật mới có thể đổi thành ngày làm việc",
                    "Ngày 05/02/2027 đã có trong danh sách ngày nghỉ (daysOff[1].date)");
    }

    @Test
    void theListOfDaysOffIsRequiredAndTheWorkingDaysAreNot() {
        assertThat(CalendarYearRules.check(2027, new CalendarYear.Draft("Nguồn", null, null)))
            .extracting(FieldProblem::field)
            .containsExactly("daysOff");
        assertThat(CalendarYearRules.check(2027, new CalendarYear.Draft("Nguồn", List.of(), null))).isEmpty();
    }

    @Test
    void datesAreWrittenAsVietnameseDocumentsWriteThem() {
        assertThat(CalendarYearRules.format(LocalDate.of(2025, 5, 2))).isEqualTo("02/5/2025");
        assertThat(CalendarYearRules.format(LocalDate.of(2025, 1, 27))).isEqualTo("27/01/2025");
    }

}
