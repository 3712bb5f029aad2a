package vn.gov.oversight.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.oversight.reporting.ReportFigures.Reach;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;

/** The sanity rules of a report's figures: one failing and one passing case for each. */
class FigureRulesTest {

    /** Valid figures of a commune, changed one field at a time by each test. */
    static final class Figures {
        Integer total = 2_000;
        Integer poor = 40;
        Integer nearPoor = 60;
        Integer exited = 12;
        Integer newlyPoor = 3;
        Map<PolicyArea, Reach> reached = new EnumMap<>(Map.of(PolicyArea.HEALTH, new Reach(40, 55, 40, 60)));
        Long allocated = 1_500_000_000L;
        Long disbursed = 900_000_000L;
        String narrative = "Kết quả: 12 hộ thoát nghèo. Khó khăn: thiếu vốn. Kiến nghị: bổ sung kinh phí.";

        ReportFigures build() {
            return new ReportFigures(total, poor, nearPoor, exited, newlyPoor, reached, allocated, disbursed, narrative);
        }

        List<FieldProblem> check() {
            return FigureRules.check(build());
        }

        Figures health(Reach reach) {
            reached.put(PolicyArea.HEALTH, reach);
            return this;
        }
    }

    Figures figures() {
        return new Figures();
    }

    @Test
    void validFiguresHaveNoProblem() {
        assertThat(figures().check()).isEmpty();
    }

    @Test
    void theHouseholdCountsAndTheNarrativeAreRequired() {
        Figures figures = figures();
        figures.total = null;
        figures.poor = null;
        figures.nearPoor = null;
        figures.exited = null;
        figures.newlyPoor = null;
        figures.narrative = null;
        assertThat(figures.check()).containsExactly(
                new FieldProblem("totalHouseholds", "Chưa nhập tổng số hộ"),
                new FieldProblem("poorHouseholds", "Chưa nhập số hộ nghèo"),
                new FieldProblem("nearPoorHouseholds", "Chưa nhập số hộ cận nghèo"),
                new FieldProblem("exitedPoverty", "Chưa nhập số hộ thoát nghèo"),
                new FieldProblem("newlyPoor", "Chưa nhập số hộ nghèo phát sinh mới"),
                new FieldProblem("narrative", "Chưa nhập nội dung báo cáo (kết quả, khó khăn, kiến nghị)"));
    }

    @Test
    void zeroesAreFiguresAndReachAndBudgetsAreOptional() {
        Figures figures = figures();
        figures.total = 0;
        figures.poor = 0;
        figures.nearPoor = 0;
        figures.exited = 0;
        figures.newlyPoor = 0;
        figures.reached = null;
        figures.allocated = null;
        figures.disbursed = null;
        assertThat(figures.check()).isEmpty();
    }

    @Test
    void aBlankNarrativeIsMissing() {
        Figures figures = figures();
        figures.narrative = " \n\t";
        assertThat(figures.check()).containsExactly(
                new FieldProblem("narrative", "Chưa nhập nội dung báo cáo (kết quả, khó khăn, kiến nghị)"));
    }

    @Test
    void theNarrativeHoldsAtMostTwentyThousandCharacters() {
        Figures figures = figures();
        // Vietnamese letters with diacritics count as one character each
        figures.narrative = "ế".repeat(20_000);
        assertThat(figures.check()).isEmpty();
        figures.narrative = "ế".repeat(20_001);
        assertThat(figures.check()).containsExactly(
                new FieldProblem("narrative", "Nội dung báo cáo dài 20.001 ký tự, vượt quá 20.000 ký tự"));
    }

    @Test
    void noHouseholdCountIsNegative() {
        Figures figures = figures();
        figures.total = -1;
        figures.poor = -2;
        figures.nearPoor = -3;
        figures.exited = -4;
        figures.newlyPoor = -5;
        assertThat(figures.check()).containsExactly(
                new FieldProblem("totalHouseholds", "Tổng số hộ không được là số âm (-1)"),
                new FieldProblem("poorHouseholds", "Số hộ nghèo không được là số âm (-2)"),
                new FieldProblem("nearPoorHouseholds", "Số hộ cận nghèo không được là số âm (-3)"),
                new FieldProblem("exitedPoverty", "Số hộ thoát nghèo không được là số âm (-4)"),
                new FieldProblem("newlyPoor", "Số hộ nghèo phát sinh mới không được là số âm (-5)"));
    }

    @Test
    void noReachIsNegative() {
        assertThat(figures().health(new Reach(-1, -2, -3, -4)).check()).containsExactly(
                new FieldProblem("reached.HEALTH.poorReached", "Y tế: số hộ nghèo được hỗ trợ không được là số âm (-1)"),
                new FieldProblem("reached.HEALTH.nearPoorReached", "Y tế: số hộ cận nghèo được hỗ trợ không được là số âm (-2)"),
                new FieldProblem("reached.HEALTH.poorEligible", "Y tế: số hộ nghèo thuộc diện hỗ trợ không được là số âm (-3)"),
                new FieldProblem("reached.HEALTH.nearPoorEligible", "Y tế: số hộ cận nghèo thuộc diện hỗ trợ không được là số âm (-4)"));
        assertThat(figures().health(new Reach(0, 0, 0, 0)).check()).isEmpty();
    }

    @Test
    void noBudgetIsNegative() {
        Figures figures = figures();
        figures.allocated = -1_000_000L;
        figures.disbursed = -5L;
        assertThat(figures.check()).containsExactly(
                new FieldProblem("budgetAllocated", "Kinh phí được phân bổ không được là số âm (-1.000.000)"),
                new FieldProblem("budgetDisbursed", "Kinh phí đã giải ngân không được là số âm (-5)"));
    }

    @Test
    void poorAndNearPoorAreAtMostTheTotal() {
        Figures figures = figures();
        figures.total = 20;
        figures.poor = 12;
        figures.nearPoor = 9;
        figures.exited = 0;
        figures.newlyPoor = 0;
        figures.reached = null;
        assertThat(figures.check()).containsExactly(
                new FieldProblem("poorHouseholds", "Số hộ nghèo (12) cộng số hộ cận nghèo (9) vượt tổng số hộ (20)"));
        figures.nearPoor = 8;
        assertThat(figures.check()).isEmpty();
    }

    @Test
    void theSumOfPoorAndNearPoorDoesNotOverflow() {
        Figures figures = figures();
        figures.total = Integer.MAX_VALUE;
        figures.poor = Integer.MAX_VALUE;
        figures.nearPoor = 1;
        figures.reached = null;
        assertThat(figures.check()).extracting(FieldProblem::field).containsExactly("poorHouseholds");
    }

    @Test
    void exitedPovertyIsAtMostTheTotal() {
        Figures figures = figures();
        figures.exited = 2_001;
        assertThat(figures.check()).containsExactly(
                new FieldProblem("exitedPoverty", "Số hộ thoát nghèo (2.001) vượt tổng số hộ (2.000)"));
        figures.exited = 2_000;
        assertThat(figures.check()).isEmpty();
    }

    @Test
    void newlyPoorIsAtMostTheTotal() {
        Figures figures = figures();
        figures.newlyPoor = 2_001;
        assertThat(figures.check()).containsExactly(
                new FieldProblem("newlyPoor", "Số hộ nghèo phát sinh mới (2.001) vượt tổng số hộ (2.000)"));
        figures.newlyPoor = 2_000;
        assertThat(figures.check()).isEmpty();
    }

    @Test
    void poorReachedIsAtMostPoorEligible() {
        assertThat(figures().health(new Reach(41, 55, 40, 60)).check()).containsExactly(
                new FieldProblem("reached.HEALTH.poorReached", "Y tế: số hộ nghèo được hỗ trợ (41) vượt số hộ nghèo thuộc diện hỗ trợ (40)"));
        assertThat(figures().health(new Reach(40, 55, 40, 60)).check()).isEmpty();
    }

    @Test
    void nearPoorReachedIsAtMostNearPoorEligible() {
        assertThat(figures().health(new Reach(40, 61, 40, 60)).check()).containsExactly(
                new FieldProblem("reached.HEALTH.nearPoorReached",
                        "Y tế: số hộ cận nghèo được hỗ trợ (61) vượt số hộ cận nghèo thuộc diện hỗ trợ (60)"));
        assertThat(figures().health(new Reach(40, 60, 40, 60)).check()).isEmpty();
    }

    @Test
    void reachIsNotCheckedAgainstAMissingEligibleCount() {
        assertThat(figures().health(new Reach(500, 700, null, null)).check()).isEmpty();
    }

    @Test
    void poorEligibleIsAtMostThePoorHouseholds() {
        assertThat(figures().health(new Reach(0, 0, 41, 60)).check()).containsExactly(
                new FieldProblem("reached.HEALTH.poorEligible", "Y tế: số hộ nghèo thuộc diện hỗ trợ (41) vượt số hộ nghèo (40)"));
        assertThat(figures().health(new Reach(0, 0, 40, 60)).check()).isEmpty();
    }

    @Test
    void nearPoorEligibleIsAtMostTheNearPoorHouseholds() {
        assertThat(figures().health(new Reach(0, 0, 40, 61)).check()).containsExactly(
                new FieldProblem("reached.HEALTH.nearPoorEligible", "Y tế: số hộ cận nghèo thuộc diện hỗ trợ (61) vượt số hộ cận nghèo (60)"));
        assertThat(figures().health(new Reach(0, 0, 40, 60)).check()).isEmpty();
    }

    @Test
    void anAreaReportedWithoutFiguresHasNoProblem() {
        Figures figures = figures();
        figures.reached = new HashMap<>();
        figures.reached.put(PolicyArea.HOUSING, null);
        figures.reached.put(PolicyArea.JOBS, new Reach(null, null, null, null));
        assertThat(figures.check()).isEmpty();
    }

    @Test
    void anAreaOutsideThePlanIsRefused() {
        // what a JSON reader configured to read unknown enum keys as null would hand over
        Figures figures = figures();
        figures.reached = new HashMap<>();
        figures.reached.put(null, new Reach(1, 1, 1, 1));
        assertThat(figures.check()).containsExactly(
                new FieldProblem("reached", "Có lĩnh vực chính sách không thuộc danh mục của kế hoạch"));
    }

    @Test
    void disbursedIsAtMostAllocated() {
        Figures figures = figures();
        figures.allocated = 1_000_000L;
        figures.disbursed = 1_500_000L;
        assertThat(figures.check()).containsExactly(
                new FieldProblem("budgetDisbursed", "Kinh phí đã giải ngân (1.500.000 đồng) vượt kinh phí được phân bổ (1.000.000 đồng)"));
        figures.disbursed = 1_000_000L;
        assertThat(figures.check()).isEmpty();
        figures.allocated = null;
        figures.disbursed = 1_000_000L;
        assertThat(figures.check()).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceInTheOrderOfTheForm() {
        Figures figures = figures();
        figures.total = 100;
        figures.poor = 70;
        figures.nearPoor = 40;
        figures.exited = null;
        figures.newlyPoor = 101;
        figures.reached = new EnumMap<>(Map.of(
                PolicyArea.WATER_SANITATION, new Reach(30, -1, 20, 40),
                PolicyArea.EDUCATION, new Reach(10, 10, 71, 10)));
        figures.allocated = 10L;
        figures.disbursed = 11L;
        figures.narrative = "";
        assertThat(figures.check()).containsExactly(
                new FieldProblem("exitedPoverty", "Chưa nhập số hộ thoát nghèo"),
                new FieldProblem("poorHouseholds", "Số hộ nghèo (70) cộng số hộ cận nghèo (40) vượt tổng số hộ (100)"),
                new FieldProblem("newlyPoor", "Số hộ nghèo phát sinh mới (101) vượt tổng số hộ (100)"),
                new FieldProblem("reached.EDUCATION.poorEligible", "Giáo dục: số hộ nghèo thuộc diện hỗ trợ (71) vượt số hộ nghèo (70)"),
                new FieldProblem("reached.WATER_SANITATION.nearPoorReached",
                        "Nước sạch và vệ sinh: số hộ cận nghèo được hỗ trợ không được là số âm (-1)"),
                new FieldProblem("reached.WATER_SANITATION.poorReached",
                        "Nước sạch và vệ sinh: số hộ nghèo được hỗ trợ (30) vượt số hộ nghèo thuộc diện hỗ trợ (20)"),
                new FieldProblem("budgetDisbursed", "Kinh phí đã giải ngân (11 đồng) vượt kinh phí được phân bổ (10 đồng)"),
                new FieldProblem("narrative", "Chưa nhập nội dung báo cáo (kết quả, khó khăn, kiến nghị)"));
    }

    @Test
    void eachPolicyAreaHasItsVietnameseLabel() {
        assertThat(PolicyArea.values()).extracting(PolicyArea::label).containsExactly("Giáo dục", "Y tế", "Nhà ở",
                "Tín dụng ưu đãi", "Đào tạo nghề", "Việc làm", "Xuất khẩu lao động", "Nước sạch và vệ sinh",
                "Tiếp cận thông tin", "Hỗ trợ sản xuất", "Đa dạng hóa sinh kế");
    }
}
