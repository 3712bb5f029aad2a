package vn.gov.oversight.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.gov.oversight.reporting.FigureRules.Previous;
import vn.gov.oversight.reporting.ReportFigures.Reach;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;

/**
 * The rules an official applies to a report: one failing and one passing case for each.
 */
class FigureRulesTest {

    static final String NARRATIVE = "Kết quả: 12 hộ thoát nghèo. Khó khăn: thiếu vốn. Kiến nghị: bổ sung kinh phí.";

    /**
     * A commune's figures that add up (49 − 12 + 2 + 1 = 40; 58 − 8 + 10 = 60), changed
     * one field at a time.
     */
    static final class Households {

        Integer total = 2_000;

        Integer poorAtStart = 49;

        Integer exited = 12;

        Integer newlyPoor = 2;

        Integer rePoor = 1;

        Integer poor = 40;

        Integer nearPoorAtStart = 58;

        Integer nearPoorExited = 8;

        Integer newlyNearPoor = 10;

        Integer nearPoor = 60;

        Integer ethnicMinorityPoor = 5;

        Integer ethnicMinorityNearPoor = 7;

        Map<Deprivation, Integer> deficits = new EnumMap<>(Map.of(Deprivation.HEALTH_INSURANCE, 30));

        Long allocated = 1_500_000_000L;

        Long disbursed = 900_000_000L;

        String narrative = NARRATIVE;

        String explanation;

        Previous previous = new Previous("2026", 49, 58);

        List<FieldProblem> check() {
            return FigureRules.checkHouseholds(new ReportFigures(total, poor, nearPoor, exited, newlyPoor, Map.of(),
                    allocated, disbursed, narrative, poorAtStart, nearPoorAtStart, rePoor, nearPoorExited,
                    newlyNearPoor, ethnicMinorityPoor, ethnicMinorityNearPoor, deficits, explanation), previous, 1);
        }

    }

    @Nested
    class ALocalitysHouseholds {

        @Test
        void figuresThatAddUpHaveNoProblem() {
            assertThat(new Households().check()).isEmpty();
        }

        @Test
        void everyCountIsRequiredAndNamedAsTheFormNamesIt() {
            Households figures = new Households();
            figures.total = null;
            figures.poorAtStart = null;
            figures.rePoor = null;
            figures.nearPoorExited = null;
            figures.narrative = null;
            assertThat(figures.check()).containsExactly(new FieldProblem("totalHouseholds", "Chưa nhập tổng số hộ"),
                    new FieldProblem("poorAtStart", "Chưa nhập số hộ nghèo đầu kỳ"),
                    new FieldProblem("rePoor", "Chưa nhập số hộ tái nghèo trong kỳ"),
                    new FieldProblem("nearPoorExited", "Chưa nhập số hộ ra khỏi diện cận nghèo trong kỳ"),
                    new FieldProblem("narrative", "Chưa nhập nội dung báo cáo (kết quả, khó khăn, kiến nghị)"));
        }

        @Test
        void noCountIsNegative() {
            Households figures = new Households();
            figures.rePoor = -1;
            figures.ethnicMinorityPoor = -2;
            figures.deficits.put(Deprivation.SANITATION, -3);
            assertThat(figures.check()).extracting(FieldProblem::field, FieldProblem::message)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("rePoor",
                                "Số hộ tái nghèo trong kỳ không được là số âm (-1)"),
                        org.assertj.core.groups.Tuple.tuple("ethnicMinorityPoor",
                                "Số hộ nghèo là đồng bào dân tộc thiểu số không được là số âm (-2)"),
                        org.assertj.core.groups.Tuple.tuple("deficits.SANITATION",
                                "Số hộ thiếu hụt nước sinh hoạt và vệ sinh: nhà tiêu hợp vệ sinh không được là số âm (-3)"));
        }

        @Test
        void poorAndNearPoorAreAtMostTheTotal() {
            Households figures = new Households();
            figures.total = 99;
            assertThat(figures.check()).containsExactly(new FieldProblem("poorHouseholds",
                    "Số hộ nghèo cuối kỳ (40) cộng số hộ cận nghèo cuối kỳ (60) vượt tổng số hộ (99)"));
            figures.total = 100;
            assertThat(figures.check()).isEmpty();
        }

        @Test
        void theBreakdownsAreAtMostWhatTheyBreakDown() {
            Households figures = new Households();
            figures.ethnicMinorityPoor = 41;
            figures.deficits.put(Deprivation.JOBS, 101);
            assertThat(figures.check()).containsExactly(
                    new FieldProblem("ethnicMinorityPoor",
                            "Số hộ nghèo là đồng bào dân tộc thiểu số (41) vượt số hộ nghèo cuối kỳ (40)"),
                    new FieldProblem("deficits.JOBS",
                            "Số hộ thiếu hụt việc làm: việc làm (101) vượt số hộ nghèo và cận nghèo cuối kỳ (100)"));
        }

        @Test
        void theFlowIdentityBrokenBeyondTheToleranceNeedsAnExplanation() {
            Households figures = new Households();
            figures.poor = 45; // 49 − 12 + 2 + 1 = 40; 1% of 49 allows one household
            assertThat(figures.check()).containsExactly(new FieldProblem("explanation",
                    "Số hộ nghèo cuối kỳ (45) khác số hộ nghèo đầu kỳ trừ thoát nghèo, cộng phát sinh mới và tái nghèo "
                            + "(49 − 12 + 2 + 1 = 40), lệch 5 hộ, vượt mức cho phép 1 hộ (1%): kiểm tra lại số liệu hoặc "
                            + "ghi giải trình (hộ chuyển đến, chuyển đi, tách hộ, rà soát lại)"));
            figures.explanation = "5 hộ chuyển đến từ xã Gia Sinh trong kỳ";
            assertThat(figures.check()).isEmpty();
            figures.explanation = null;
            figures.poor = 41;
            assertThat(figures.check()).isEmpty();
        }

        @Test
        void theNearPoorAddUpToo() {
            Households figures = new Households();
            figures.newlyNearPoor = 20;
            assertThat(figures.check()).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("explanation");
                assertThat(problem.message()).startsWith("Số hộ cận nghèo cuối kỳ (60) khác")
                    .contains("(58 − 8 + 20 = 70)");
            });
        }

        @Test
        void theStartIsWhereThePreviousAcceptedReportEnded() {
            Households figures = new Households();
            figures.previous = new Previous("2026", 55, 58);
            assertThat(figures.check()).containsExactly(new FieldProblem("explanation",
                    "Số hộ nghèo đầu kỳ (49) khác số hộ nghèo cuối kỳ 2026 đã được tiếp nhận (55), lệch 6 hộ, vượt mức "
                            + "cho phép 1 hộ (1%): kiểm tra lại số liệu hoặc ghi giải trình (hộ chuyển đến, chuyển đi, "
                            + "tách hộ, rà soát lại)"));
            figures.previous = null; // a first report has nothing to compare with
            assertThat(figures.check()).isEmpty();
        }

        @Test
        void noMoreLeaveThanThereWere() {
            Households figures = new Households();
            figures.exited = 53;
            figures.explanation = "rà soát lại";
            assertThat(figures.check()).containsExactly(new FieldProblem("exitedPoverty",
                    "Số hộ thoát nghèo trong kỳ (53) vượt số hộ nghèo đầu kỳ cộng số hộ nghèo phát sinh mới và tái nghèo (52)"));
        }

        @Test
        void theNarrativeAndTheExplanationHaveTheirLimits() {
            Households figures = new Households();
            // Vietnamese letters with diacritics count as one character each
            figures.narrative = "ế".repeat(20_001);
            figures.explanation = "ế".repeat(4_001);
            assertThat(figures.check()).containsExactly(
                    new FieldProblem("explanation", "Giải trình số liệu dài 4.001 ký tự, vượt quá 4.000 ký tự"),
                    new FieldProblem("narrative", "Nội dung báo cáo dài 20.001 ký tự, vượt quá 20.000 ký tự"));
        }

        @Test
        void disbursedIsAtMostAllocated() {
            Households figures = new Households();
            figures.disbursed = 1_500_000_001L;
            assertThat(figures.check()).containsExactly(new FieldProblem("budgetDisbursed",
                    "Kinh phí đã giải ngân (1.500.000.001 đồng) vượt kinh phí được phân bổ (1.500.000.000 đồng)"));
        }

    }

    static List<FieldProblem> policies(Map<PolicyArea, Reach> reached) {
        return FigureRules.checkPolicies(ReportFigures.ofPolicies(reached, 10L, 5L, NARRATIVE));
    }

    @Nested
    class ADepartmentsPolicies {

        @Test
        void aPolicyInItsOwnUnitAgainstItsOwnDenominatorWithoutHouseholds() {
            assertThat(policies(Map.of(PolicyArea.HEALTH, new Reach(12_000, 15_000, 12_100, 15_200)))).isEmpty();
        }

        @Test
        void atLeastOnePolicyIsReported() {
            assertThat(policies(Map.of())).extracting(FieldProblem::field).containsExactly("reached");
        }

        @Test
        void reachedIsAtMostEligibleAndNeedsIt() {
            assertThat(policies(Map.of(PolicyArea.EDUCATION, new Reach(101, 5, 100, null))))
                .containsExactly(new FieldProblem("reached.EDUCATION.nearPoorEligible",
                        "Chưa nhập giáo dục: số thuộc diện hỗ trợ là hộ cận nghèo (học sinh), cần để tính tỷ lệ bao phủ"),
                        new FieldProblem("reached.EDUCATION.poorReached",
                                "Giáo dục: số được hỗ trợ là hộ nghèo (học sinh) (101) vượt số thuộc diện hỗ trợ (100)"));
        }

        @Test
        void noReachIsNegative() {
            assertThat(policies(Map.of(PolicyArea.HOUSING, new Reach(-1, 0, 0, 0))))
                .containsExactly(new FieldProblem("reached.HOUSING.poorReached",
                        "Nhà ở: số được hỗ trợ là hộ nghèo (căn nhà) không được là số âm (-1)"));
        }

    }

    @Test
    void aFieldOfAProblemIsTheVariableTheFormSends() {
        assertThat(SubmittedFigures.variableOf("reached.HEALTH.nearPoorEligible")).isEqualTo("eligibleHealthNearPoor");
        assertThat(SubmittedFigures.variableOf("reached.LABOUR_EXPORT.poorReached"))
            .isEqualTo("reachedLabourExportPoor");
        assertThat(SubmittedFigures.variableOf("deficits.HEALTH_INSURANCE")).isEqualTo("deficitHealthInsurance");
        assertThat(SubmittedFigures.variableOf("rePoor")).isEqualTo("rePoor");
    }

    @Test
    void aNumberThatIsNotWholeIsNamedByItsLabel() {
        List<FieldProblem> problems = new ArrayList<>();
        SubmittedFigures.households(Map.of("rePoor", "2.5", "eligibleHealthPoor", "x"), problems);
        SubmittedFigures.policies(Map.of("eligibleHealthPoor", "x"), problems);
        assertThat(problems).containsExactly(
                new FieldProblem("rePoor", "Số hộ tái nghèo trong kỳ phải là số nguyên, không phải 2.5"),
                new FieldProblem("eligibleHealthPoor",
                        "Y tế: số thuộc diện hỗ trợ là hộ nghèo (người) phải là số, không phải 'x'"));
    }

    @Test
    void eachPolicyAreaHasItsVietnameseLabelAndUnit() {
        assertThat(PolicyArea.values()).extracting(PolicyArea::label)
            .containsExactly("Giáo dục", "Y tế", "Nhà ở", "Tín dụng ưu đãi", "Đào tạo nghề", "Việc làm",
                    "Xuất khẩu lao động", "Nước sạch và vệ sinh", "Tiếp cận thông tin", "Hỗ trợ sản xuất",
                    "Đa dạng hóa sinh kế");
        assertThat(PolicyArea.values()).allSatisfy(area -> assertThat(area.unit()).isNotBlank());
    }

}
