package vn.gov.oversight.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import vn.gov.oversight.organization.AgencyKind;
import vn.gov.oversight.reporting.ReportingPeriods.Period;
import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;

/** Periods and their dates under Decree 09/2019/NĐ-CP. */
class ReportingPeriodsTest {

    static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    /** A regime with the province's 25th (Decree 09/2019) and the reporters' 18th. */
    static ReportingRegime regime(RegimeKind kind) {
        return ReportingRegime.ofDecree(kind, List.of(AgencyKind.LOCAL_COMMITTEE));
    }

    @Test
    void theQuartersOf2026() {
        assertThat(ReportingPeriods.of("2026-Q1", regime(RegimeKind.QUARTERLY))).isEqualTo(new Period("2026-Q1",
                RegimeKind.QUARTERLY, day(2025, 12, 15), day(2026, 3, 14), day(2026, 3, 18), day(2026, 3, 25)));
        assertThat(ReportingPeriods.of("2026-Q2", regime(RegimeKind.QUARTERLY))).isEqualTo(new Period("2026-Q2",
                RegimeKind.QUARTERLY, day(2026, 3, 15), day(2026, 6, 14), day(2026, 6, 18), day(2026, 6, 25)));
        assertThat(ReportingPeriods.of("2026-Q3", regime(RegimeKind.QUARTERLY))).isEqualTo(new Period("2026-Q3",
                RegimeKind.QUARTERLY, day(2026, 6, 15), day(2026, 9, 14), day(2026, 9, 18), day(2026, 9, 25)));
        assertThat(ReportingPeriods.of("2026-Q4", regime(RegimeKind.QUARTERLY))).isEqualTo(new Period("2026-Q4",
                RegimeKind.QUARTERLY, day(2026, 9, 15), day(2026, 12, 14), day(2026, 12, 18), day(2026, 12, 25)));
    }

    @Test
    void theHalvesOf2026() {
        assertThat(ReportingPeriods.of("2026-H1", regime(RegimeKind.SEMI_ANNUAL))).isEqualTo(new Period("2026-H1",
                RegimeKind.SEMI_ANNUAL, day(2025, 12, 15), day(2026, 6, 14), day(2026, 6, 18), day(2026, 6, 25)));
        // the second half-year is the annual report's: no separate 2026-H2 over the same
        // months
        assertThatThrownBy(() -> ReportingPeriods.of("2026-H2", regime(RegimeKind.SEMI_ANNUAL)))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("không có kỳ năm-H2")));
    }

    @Test
    void theRegimeSetsBothDeadlinesAndAShortMonthKeepsItsLastDay() {
        ReportingRegime regime = new ReportingRegime(RegimeKind.QUARTERLY, "Báo cáo quý",
                List.of(AgencyKind.DEPARTMENT), false, false, 20, 30, null);
        assertThat(ReportingPeriods.of("2026-Q1", regime)).isEqualTo(new Period("2026-Q1", RegimeKind.QUARTERLY,
                day(2025, 12, 15), day(2026, 3, 14), day(2026, 3, 20), day(2026, 3, 30)));
        assertThat(ReportingPeriods.of("2026-Q3", regime).dueDate()).isEqualTo(day(2026, 9, 30));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "2027-Q2 | QUARTERLY   | quý II năm 2027",
            "2027-H1 | SEMI_ANNUAL | 6 tháng đầu năm 2027", "2027    | ANNUAL      | năm 2027" })
    void aRegularPeriodInTheWordsOfATitle(String code, RegimeKind kind, String words) {
        assertThat(ReportingPeriods.inWords(ReportingPeriods.of(code, regime(kind)))).isEqualTo(words);
    }

    @Test
    void aReviewInTheWordsOfATitleGivesItsDataWindow() {
        Period review = ReportingPeriods.adHoc("SK-2027", RegimeKind.PRELIMINARY_REVIEW, day(2027, 1, 1),
                day(2027, 6, 30), day(2027, 7, 8), day(2027, 7, 15));
        assertThat(ReportingPeriods.inWords(review)).isEqualTo("kỳ SK-2027 (số liệu từ 01/01/2027 đến 30/06/2027)");
    }

    @Test
    void theYear2026() {
        assertThat(ReportingPeriods.of("2026", regime(RegimeKind.ANNUAL))).isEqualTo(new Period("2026",
                RegimeKind.ANNUAL, day(2025, 12, 15), day(2026, 12, 14), day(2026, 12, 18), day(2026, 12, 25)));
    }

    @ParameterizedTest
    @CsvSource({ "2026-Q5, QUARTERLY, 2026-Q1", "2026-Q0, QUARTERLY, 2026-Q1", "26-Q1, QUARTERLY, 2026-Q1",
            "2026-q1, QUARTERLY, 2026-Q1", "2026-H1, QUARTERLY, 2026-Q1", "2026-H3, SEMI_ANNUAL, 2026-H1",
            "26-H1, SEMI_ANNUAL, 2026-H1", "2026/H1, SEMI_ANNUAL, 2026-H1", "2026-Q1, SEMI_ANNUAL, 2026-H1",
            "2026-H1, ANNUAL, 2026", "26, ANNUAL, 2026", "2026/, ANNUAL, 2026", "' 2026', ANNUAL, 2026" })
    void aCodeThatDoesNotFitTheKindIsRefusedNamingTheExpectedForm(String code, RegimeKind kind, String example) {
        assertThatThrownBy(() -> ReportingPeriods.of(code, regime(kind))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errors()).singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("code");
                    assertThat(problem.message()).startsWith("Mã kỳ báo cáo '" + code + "' không hợp lệ")
                        .contains("ví dụ " + example);
                }));
    }

    @Test
    void aMissingCodeIsNamedAsMissing() {
        assertThatThrownBy(() -> ReportingPeriods.of(null, regime(RegimeKind.SEMI_ANNUAL))).isInstanceOfSatisfying(
                InvalidInputException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldProblem("code",
                        "Chưa nhập mã kỳ báo cáo: báo cáo 6 tháng có mã dạng năm-H1, ví dụ 2026-H1 "
                                + "(6 tháng cuối năm nằm trong báo cáo năm, không có kỳ năm-H2)")));
    }

    @ParameterizedTest
    @EnumSource(names = { "AD_HOC", "PRELIMINARY_REVIEW", "FINAL_REVIEW" })
    void anAdHocReportOrAReviewNeedsItsDatesFromTheCaller(RegimeKind kind) {
        assertThatThrownBy(() -> ReportingPeriods.of("2026-SO-KET", regime(kind))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldProblem::field)
                    .containsExactly("cutOffFrom", "cutOffTo", "reportersDueDate", "dueDate"));
    }

    @Test
    void anAdHocPeriodKeepsItsCodeAndDates() {
        assertThat(ReportingPeriods.adHoc("2026-SO-KET_v1.2", RegimeKind.PRELIMINARY_REVIEW, day(2026, 1, 1),
                day(2026, 6, 30), day(2026, 7, 3), day(2026, 7, 10)))
            .isEqualTo(new Period("2026-SO-KET_v1.2", RegimeKind.PRELIMINARY_REVIEW, day(2026, 1, 1), day(2026, 6, 30),
                    day(2026, 7, 3), day(2026, 7, 10)));
        // a one-day window, the reporters due that day and the province the next, is
        // allowed: an urgent request
        assertThat(ReportingPeriods
            .adHoc("B", RegimeKind.AD_HOC, day(2026, 3, 2), day(2026, 3, 2), day(2026, 3, 2), day(2026, 3, 3))
            .dueDate()).isEqualTo(day(2026, 3, 3));
        // 41 characters is the longest free code
        assertThat(ReportingPeriods
            .adHoc("a".repeat(41), RegimeKind.AD_HOC, day(2026, 3, 2), day(2026, 3, 2), day(2026, 3, 2),
                    day(2026, 3, 3))
            .code()).hasSize(41);
    }

    @Test
    void anAdHocPeriodWithEverythingWrongReportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> ReportingPeriods.adHoc("2026/01", RegimeKind.QUARTERLY, day(2026, 3, 15),
                day(2026, 3, 14), day(2026, 3, 10), day(2026, 3, 10)))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple("kind",
                        "Báo cáo quý có ngày chốt số liệu và hạn nộp theo Nghị định 09/2019/NĐ-CP, không nhập ngày cho loại báo cáo này"),
                        tuple("code",
                                "Mã kỳ báo cáo '2026/01' không hợp lệ: mã gồm tối đa 41 ký tự là chữ cái không dấu, chữ số, "
                                        + "dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ cái hoặc chữ số, không có dấu gạch chéo, ví dụ 2026-SO-KET"),
                        tuple("cutOffTo",
                                "Ngày kết thúc chốt số liệu (14/03/2026) trước ngày bắt đầu chốt số liệu (15/03/2026)"),
                        tuple("reportersDueDate",
                                "Hạn các cơ quan gửi báo cáo (10/03/2026) trước ngày kết thúc chốt số liệu (14/03/2026)"),
                        tuple("dueDate",
                                "Hạn tỉnh gửi báo cáo tổng hợp (10/03/2026) phải sau hạn các cơ quan gửi báo cáo "
                                        + "(10/03/2026) để Cơ quan thường trực kịp tổng hợp")));
    }

    @Test
    void anAdHocPeriodWithoutDatesNamesEachMissingDate() {
        assertThatThrownBy(() -> ReportingPeriods.adHoc("DX-01", RegimeKind.AD_HOC, null, null, null, null))
            .isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.errors()).containsExactly(
                            new FieldProblem("cutOffFrom", "Chưa nhập ngày bắt đầu chốt số liệu"),
                            new FieldProblem("cutOffTo", "Chưa nhập ngày kết thúc chốt số liệu"),
                            new FieldProblem("reportersDueDate", "Chưa nhập hạn các cơ quan gửi báo cáo"),
                            new FieldProblem("dueDate", "Chưa nhập hạn tỉnh gửi báo cáo tổng hợp")));
    }

    @ParameterizedTest
    @CsvSource({ "-start", ".start", "''", "with space", "a/b", "Sơ-kết" })
    void aFreeCodeMustBeSafeInAUrl(String code) {
        assertThatThrownBy(() -> ReportingPeriods.adHoc(code, RegimeKind.AD_HOC, day(2026, 3, 2), day(2026, 3, 2),
                day(2026, 3, 2), day(2026, 3, 3)))
            .isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.errors()).extracting(FieldProblem::field).containsExactly("code"));
        assertThatThrownBy(() -> ReportingPeriods.adHoc("a".repeat(42), RegimeKind.AD_HOC, day(2026, 3, 2),
                day(2026, 3, 2), day(2026, 3, 2), day(2026, 3, 3)))
            .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aQuarterOpensOnTheFirstDayOfItsCutOffWindow() {
        assertThat(ReportingPeriods.next(regime(RegimeKind.QUARTERLY), day(2025, 12, 14))).isEmpty();
        assertThat(ReportingPeriods.next(regime(RegimeKind.QUARTERLY), day(2025, 12, 15))).contains("2026-Q1");
        assertThat(ReportingPeriods.next(regime(RegimeKind.QUARTERLY), day(2026, 3, 14))).isEmpty();
        assertThat(ReportingPeriods.next(regime(RegimeKind.QUARTERLY), day(2026, 3, 15))).contains("2026-Q2");
        assertThat(ReportingPeriods.next(regime(RegimeKind.QUARTERLY), day(2026, 6, 14))).isEmpty();
        assertThat(ReportingPeriods.next(regime(RegimeKind.QUARTERLY), day(2026, 6, 15))).contains("2026-Q3");
        assertThat(ReportingPeriods.next(regime(RegimeKind.QUARTERLY), day(2026, 9, 14))).isEmpty();
        assertThat(ReportingPeriods.next(regime(RegimeKind.QUARTERLY), day(2026, 9, 15))).contains("2026-Q4");
        assertThat(ReportingPeriods.next(regime(RegimeKind.QUARTERLY), day(2026, 9, 16))).isEmpty();
    }

    @Test
    void theSixMonthReportOpensOnTheFifteenthOfDecemberOnly() {
        assertThat(ReportingPeriods.next(regime(RegimeKind.SEMI_ANNUAL), day(2025, 12, 14))).isEmpty();
        assertThat(ReportingPeriods.next(regime(RegimeKind.SEMI_ANNUAL), day(2025, 12, 15))).contains("2026-H1");
        assertThat(ReportingPeriods.next(regime(RegimeKind.SEMI_ANNUAL), day(2026, 3, 15))).isEmpty();
        assertThat(ReportingPeriods.next(regime(RegimeKind.SEMI_ANNUAL), day(2026, 6, 14))).isEmpty();
        // 15/6 opens the annual report's second half, not a six-month report
        assertThat(ReportingPeriods.next(regime(RegimeKind.SEMI_ANNUAL), day(2026, 6, 15))).isEmpty();
        assertThat(ReportingPeriods.next(regime(RegimeKind.SEMI_ANNUAL), day(2026, 12, 15))).contains("2027-H1");
    }

    @Test
    void aYearOpensOnTheFifteenthOfDecemberBeforeIt() {
        assertThat(ReportingPeriods.next(regime(RegimeKind.ANNUAL), day(2025, 12, 14))).isEmpty();
        assertThat(ReportingPeriods.next(regime(RegimeKind.ANNUAL), day(2025, 12, 15))).contains("2026");
        assertThat(ReportingPeriods.next(regime(RegimeKind.ANNUAL), day(2026, 6, 15))).isEmpty();
        assertThat(ReportingPeriods.next(regime(RegimeKind.ANNUAL), day(2026, 12, 15))).contains("2027");
    }

    @ParameterizedTest
    @EnumSource(names = { "AD_HOC", "PRELIMINARY_REVIEW", "FINAL_REVIEW" })
    void noSchedulerOpensAdHocReportsOrReviews(RegimeKind kind) {
        assertThat(ReportingPeriods.next(regime(kind), day(2025, 12, 15))).isEmpty();
    }

    @Test
    void eachKindHasItsVietnameseLabel() {
        assertThat(RegimeKind.values()).extracting(RegimeKind::label)
            .containsExactly("Báo cáo quý", "Báo cáo 6 tháng", "Báo cáo năm", "Báo cáo đột xuất", "Báo cáo sơ kết",
                    "Báo cáo tổng kết");
    }

}
