package vn.gov.oversight.reporting;

import static vn.gov.oversight.reporting.ReportFields.labelOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import vn.gov.oversight.reporting.ReportFigures.Reach;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;

/**
 * The rules an official applies to a report's figures (DOMAIN §7), for a locality's
 * households or a department's policies. They return every problem at once, each naming
 * the field at fault in Vietnamese, so that the form marks all of them in one round. A
 * comparison is made only between figures that are given and not negative: a missing or
 * negative figure has its own problem already.
 * <p>
 * Beyond the sanity rules, a locality's figures must add up: poor at the end = poor at
 * the start − exited + newly poor + re-poor (and likewise for the near-poor), and the
 * start must be where the previous accepted report ended. A difference beyond the
 * tolerance is refused unless the report explains it.
 */
final class FigureRules {

    /** The narrative is stored in a column of this many characters. */
    static final int NARRATIVE_MAX_LENGTH = 20_000;

    /** The explanation is stored in a column of this many characters. */
    static final int EXPLANATION_MAX_LENGTH = 4_000;

    /** Numbers in messages are written the Vietnamese way: 7.912, 1.500.000. */
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private FigureRules() {
    }

    /** Where the locality's previous accepted report ended: the start of this one. */
    record Previous(String periodCode, int poorHouseholds, int nearPoorHouseholds) {
    }

    /**
     * A locality's report.
     * @param previous the locality's previous accepted report, null for its first
     * @param tolerancePercent how far, in percent of the count at the start, the figures
     * may be off before an explanation is required
     */
    static List<FieldProblem> checkHouseholds(ReportFigures figures, Previous previous, int tolerancePercent) {
        Objects.requireNonNull(figures, "figures");
        List<FieldProblem> problems = new ArrayList<>();
        Integer total = required(problems, ReportFields.TOTAL_HOUSEHOLDS, figures.totalHouseholds());
        Integer poorAtStart = required(problems, ReportFields.POOR_AT_START, figures.poorAtStart());
        Integer exited = required(problems, ReportFields.EXITED_POVERTY, figures.exitedPoverty());
        Integer newlyPoor = required(problems, ReportFields.NEWLY_POOR, figures.newlyPoor());
        Integer rePoor = required(problems, ReportFields.RE_POOR, figures.rePoor());
        Integer poor = required(problems, ReportFields.POOR_HOUSEHOLDS, figures.poorHouseholds());
        Integer nearPoorAtStart = required(problems, ReportFields.NEAR_POOR_AT_START, figures.nearPoorAtStart());
        Integer nearPoorExited = required(problems, ReportFields.NEAR_POOR_EXITED, figures.nearPoorExited());
        Integer newlyNearPoor = required(problems, ReportFields.NEWLY_NEAR_POOR, figures.newlyNearPoor());
        Integer nearPoor = required(problems, ReportFields.NEAR_POOR_HOUSEHOLDS, figures.nearPoorHouseholds());

        if (poor != null && nearPoor != null && total != null && (long) poor + nearPoor > total) {
            problems.add(new FieldProblem(ReportFields.POOR_HOUSEHOLDS,
                    "Số hộ nghèo cuối kỳ (" + number(poor) + ") cộng số hộ cận nghèo cuối kỳ (" + number(nearPoor)
                            + ") vượt tổng số hộ (" + number(total) + ")"));
        }
        if (exited != null && poorAtStart != null && newlyPoor != null && rePoor != null
                && exited > (long) poorAtStart + newlyPoor + rePoor) {
            problems.add(new FieldProblem(ReportFields.EXITED_POVERTY,
                    "Số hộ thoát nghèo trong kỳ (" + number(exited)
                            + ") vượt số hộ nghèo đầu kỳ cộng số hộ nghèo phát sinh mới và tái nghèo ("
                            + number((long) poorAtStart + newlyPoor + rePoor) + ")"));
        }
        if (nearPoorExited != null && nearPoorAtStart != null && newlyNearPoor != null
                && nearPoorExited > (long) nearPoorAtStart + newlyNearPoor) {
            problems.add(new FieldProblem(ReportFields.NEAR_POOR_EXITED,
                    "Số hộ ra khỏi diện cận nghèo (" + number(nearPoorExited)
                            + ") vượt số hộ cận nghèo đầu kỳ cộng số hộ cận nghèo phát sinh mới ("
                            + number((long) nearPoorAtStart + newlyNearPoor) + ")"));
        }
        notAbove(problems, ReportFields.NEWLY_POOR, newlyPoor, "tổng số hộ", total);
        notAbove(problems, ReportFields.RE_POOR, rePoor, "tổng số hộ", total);
        notAbove(problems, ReportFields.ETHNIC_MINORITY_POOR,
                notNegative(problems, ReportFields.ETHNIC_MINORITY_POOR, figures.ethnicMinorityPoor()),
                "số hộ nghèo cuối kỳ", poor);
        notAbove(problems, ReportFields.ETHNIC_MINORITY_NEAR_POOR,
                notNegative(problems, ReportFields.ETHNIC_MINORITY_NEAR_POOR, figures.ethnicMinorityNearPoor()),
                "số hộ cận nghèo cuối kỳ", nearPoor);
        Map<Deprivation, Integer> deficits = figures.deficits() == null ? Map.of() : figures.deficits();
        for (Deprivation indicator : Deprivation.values()) {
            String field = "deficits." + indicator.name();
            Integer lacking = deficits.get(indicator);
            if (lacking != null && lacking < 0) {
                problems.add(new FieldProblem(field,
                        ReportFields.deficitLabel(indicator) + " không được là số âm (" + number(lacking) + ")"));
            }
            else if (lacking != null && poor != null && nearPoor != null && lacking > (long) poor + nearPoor) {
                problems.add(new FieldProblem(field, ReportFields.deficitLabel(indicator) + " (" + number(lacking)
                        + ") vượt số hộ nghèo và cận nghèo cuối kỳ (" + number((long) poor + nearPoor) + ")"));
            }
        }

        // the figures must add up, or be explained
        List<String> unexplained = new ArrayList<>();
        if (poorAtStart != null && exited != null && newlyPoor != null && rePoor != null && poor != null) {
            long expected = (long) poorAtStart - exited + newlyPoor + rePoor;
            beyond(unexplained,
                    "Số hộ nghèo cuối kỳ (" + number(poor) + ") khác số hộ nghèo đầu kỳ trừ thoát nghèo, cộng "
                            + "phát sinh mới và tái nghèo (" + number(poorAtStart) + " − " + number(exited) + " + "
                            + number(newlyPoor) + " + " + number(rePoor) + " = " + number(expected) + ")",
                    poor, expected, poorAtStart, tolerancePercent);
        }
        if (nearPoorAtStart != null && nearPoorExited != null && newlyNearPoor != null && nearPoor != null) {
            long expected = (long) nearPoorAtStart - nearPoorExited + newlyNearPoor;
            beyond(unexplained,
                    "Số hộ cận nghèo cuối kỳ (" + number(nearPoor) + ") khác số hộ cận nghèo đầu kỳ trừ số ra "
                            + "khỏi diện, cộng phát sinh mới (" + number(nearPoorAtStart) + " − "
                            + number(nearPoorExited) + " + " + number(newlyNearPoor) + " = " + number(expected) + ")",
                    nearPoor, expected, nearPoorAtStart, tolerancePercent);
        }
        if (previous != null && poorAtStart != null) {
            beyond(unexplained,
                    "Số hộ nghèo đầu kỳ (" + number(poorAtStart) + ") khác số hộ nghèo cuối kỳ " + previous.periodCode()
                            + " đã được tiếp nhận (" + number(previous.poorHouseholds()) + ")",
                    poorAtStart, previous.poorHouseholds(), previous.poorHouseholds(), tolerancePercent);
        }
        if (previous != null && nearPoorAtStart != null) {
            beyond(unexplained, "Số hộ cận nghèo đầu kỳ (" + number(nearPoorAtStart) + ") khác số hộ cận nghèo cuối kỳ "
                    + previous.periodCode() + " đã được tiếp nhận (" + number(previous.nearPoorHouseholds()) + ")",
                    nearPoorAtStart, previous.nearPoorHouseholds(), previous.nearPoorHouseholds(), tolerancePercent);
        }
        String explanation = figures.explanation();
        if (!unexplained.isEmpty() && (explanation == null || explanation.isBlank())) {
            unexplained.forEach(difference -> problems.add(new FieldProblem(ReportFields.EXPLANATION, difference
                    + ": kiểm tra lại số liệu hoặc ghi giải trình (hộ chuyển đến, chuyển đi, tách hộ, rà soát lại)")));
        }
        tooLong(problems, ReportFields.EXPLANATION, "Giải trình số liệu", explanation, EXPLANATION_MAX_LENGTH);
        budgetAndNarrative(problems, figures);
        return problems;
    }

    /**
     * A department's or an organisation's report: the policies it runs, each against its
     * own denominator.
     */
    static List<FieldProblem> checkPolicies(ReportFigures figures) {
        Objects.requireNonNull(figures, "figures");
        List<FieldProblem> problems = new ArrayList<>();
        Map<PolicyArea, Reach> reached = figures.reached() == null ? Map.of() : figures.reached();
        if (reached.isEmpty()) {
            problems.add(new FieldProblem("reached", "Chưa nhập số liệu của chính sách nào: nhập số được hỗ trợ và số "
                    + "thuộc diện hỗ trợ của các chính sách cơ quan thực hiện"));
        }
        // in the order of the plan, not of the map, so that the problems come out as the
        // form shows them
        for (PolicyArea area : PolicyArea.values()) {
            Reach reach = reached.get(area);
            if (reach != null) {
                checkReach(problems, area, reach);
            }
        }
        budgetAndNarrative(problems, figures);
        return problems;
    }

    private static void checkReach(List<FieldProblem> problems, PolicyArea area, Reach reach) {
        String prefix = "reached." + area.name() + ".";
        Integer poorReached = notNegative(problems, prefix + "poorReached",
                ReportFields.policyLabel(area, false, false), reach.poorReached());
        Integer nearPoorReached = notNegative(problems, prefix + "nearPoorReached",
                ReportFields.policyLabel(area, false, true), reach.nearPoorReached());
        Integer poorEligible = notNegative(problems, prefix + "poorEligible",
                ReportFields.policyLabel(area, true, false), reach.poorEligible());
        Integer nearPoorEligible = notNegative(problems, prefix + "nearPoorEligible",
                ReportFields.policyLabel(area, true, true), reach.nearPoorEligible());
        // a reach means nothing without what it is a part of
        if (reach.poorReached() != null && reach.poorEligible() == null) {
            problems.add(new FieldProblem(prefix + "poorEligible",
                    "Chưa nhập " + lower(ReportFields.policyLabel(area, true, false)) + ", cần để tính tỷ lệ bao phủ"));
        }
        if (reach.nearPoorReached() != null && reach.nearPoorEligible() == null) {
            problems.add(new FieldProblem(prefix + "nearPoorEligible",
                    "Chưa nhập " + lower(ReportFields.policyLabel(area, true, true)) + ", cần để tính tỷ lệ bao phủ"));
        }
        if (poorReached != null && poorEligible != null && poorReached > poorEligible) {
            problems.add(new FieldProblem(prefix + "poorReached", ReportFields.policyLabel(area, false, false) + " ("
                    + number(poorReached) + ") vượt số thuộc diện hỗ trợ (" + number(poorEligible) + ")"));
        }
        if (nearPoorReached != null && nearPoorEligible != null && nearPoorReached > nearPoorEligible) {
            problems.add(new FieldProblem(prefix + "nearPoorReached", ReportFields.policyLabel(area, false, true) + " ("
                    + number(nearPoorReached) + ") vượt số thuộc diện hỗ trợ (" + number(nearPoorEligible) + ")"));
        }
    }

    private static void budgetAndNarrative(List<FieldProblem> problems, ReportFigures figures) {
        Long allocated = notNegative(problems, ReportFields.BUDGET_ALLOCATED, "Kinh phí được phân bổ",
                figures.budgetAllocated());
        Long disbursed = notNegative(problems, ReportFields.BUDGET_DISBURSED, "Kinh phí đã giải ngân",
                figures.budgetDisbursed());
        if (allocated != null && disbursed != null && disbursed > allocated) {
            problems.add(new FieldProblem(ReportFields.BUDGET_DISBURSED, "Kinh phí đã giải ngân (" + number(disbursed)
                    + " đồng) vượt kinh phí được phân bổ (" + number(allocated) + " đồng)"));
        }
        String narrative = figures.narrative();
        if (narrative == null || narrative.isBlank()) {
            problems.add(new FieldProblem(ReportFields.NARRATIVE,
                    "Chưa nhập nội dung báo cáo (kết quả, khó khăn, kiến nghị)"));
        }
        tooLong(problems, ReportFields.NARRATIVE, "Nội dung báo cáo", narrative, NARRATIVE_MAX_LENGTH);
    }

    /**
     * Notes a difference larger than the tolerance: a percentage of the count it started
     * from, at least 0.
     */
    private static void beyond(List<String> unexplained, String difference, long actual, long expected, long start,
            int tolerancePercent) {
        long allowed = (long) Math.ceil(start * tolerancePercent / 100.0);
        long off = Math.abs(actual - expected);
        if (off > allowed) {
            unexplained.add(difference + ", lệch " + number(off) + " hộ, vượt mức cho phép " + number(allowed) + " hộ ("
                    + tolerancePercent + "%)");
        }
    }

    private static void tooLong(List<FieldProblem> problems, String field, String label, String text, int max) {
        // code points, as the database counts characters, not UTF-16 units
        if (text != null && text.codePointCount(0, text.length()) > max) {
            problems.add(new FieldProblem(field, label + " dài " + number(text.codePointCount(0, text.length()))
                    + " ký tự, vượt quá " + number(max) + " ký tự"));
        }
    }

    /**
     * The value when it is given and not negative, else null after noting the problem.
     */
    private static Integer required(List<FieldProblem> problems, String field, Integer value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "Chưa nhập " + lower(labelOf(field))));
            return null;
        }
        return notNegative(problems, field, value);
    }

    private static Integer notNegative(List<FieldProblem> problems, String field, Integer value) {
        return notNegative(problems, field, labelOf(field), value);
    }

    private static <N extends Number> N notNegative(List<FieldProblem> problems, String field, String label, N value) {
        if (value != null && value.longValue() < 0) {
            problems.add(new FieldProblem(field, label + " không được là số âm (" + number(value.longValue()) + ")"));
            return null;
        }
        return value;
    }

    private static void notAbove(List<FieldProblem> problems, String field, Integer value, String boundLabel,
            Integer bound) {
        if (value != null && bound != null && value > bound) {
            problems.add(new FieldProblem(field,
                    labelOf(field) + " (" + number(value) + ") vượt " + boundLabel + " (" + number(bound) + ")"));
        }
    }

    private static String number(long value) {
        return String.format(VIETNAMESE, "%,d", value);
    }

    private static String lower(String label) {
        return label.substring(0, 1).toLowerCase(VIETNAMESE) + label.substring(1);
    }

}
