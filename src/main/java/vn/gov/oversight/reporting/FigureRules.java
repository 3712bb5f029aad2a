package vn.gov.oversight.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import vn.gov.oversight.reporting.ReportFigures.Reach;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;

/**
 * The server-side sanity rules for the figures of a report (DOMAIN §7). They return every problem at once,
 * each naming the JSON field at fault, so that the form marks all of them in one round. A comparison is made
 * only between figures that are given and not negative: a missing or negative figure has its own problem
 * already, and a second one about the same mistake would only confuse.
 */
final class FigureRules {

    /** The narrative is stored in a column of this many characters. */
    static final int NARRATIVE_MAX_LENGTH = 20_000;

    /** Numbers in messages are written the Vietnamese way: 7.912, 1.500.000. */
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private FigureRules() {
    }

    static List<FieldProblem> check(ReportFigures figures) {
        Objects.requireNonNull(figures, "figures");
        List<FieldProblem> problems = new ArrayList<>();
        Integer total = required(problems, "totalHouseholds", "tổng số hộ", figures.totalHouseholds());
        Integer poor = required(problems, "poorHouseholds", "số hộ nghèo", figures.poorHouseholds());
        Integer nearPoor = required(problems, "nearPoorHouseholds", "số hộ cận nghèo", figures.nearPoorHouseholds());
        Integer exited = required(problems, "exitedPoverty", "số hộ thoát nghèo", figures.exitedPoverty());
        Integer newlyPoor = required(problems, "newlyPoor", "số hộ nghèo phát sinh mới", figures.newlyPoor());

        if (poor != null && nearPoor != null && total != null && (long) poor + nearPoor > total) {
            problems.add(new FieldProblem("poorHouseholds", "Số hộ nghèo (" + number(poor) + ") cộng số hộ cận nghèo ("
                    + number(nearPoor) + ") vượt tổng số hộ (" + number(total) + ")"));
        }
        notAboveTotal(problems, "exitedPoverty", "Số hộ thoát nghèo", exited, total);
        notAboveTotal(problems, "newlyPoor", "Số hộ nghèo phát sinh mới", newlyPoor, total);

        Map<PolicyArea, Reach> reached = figures.reached() == null ? Map.of() : figures.reached();
        if (reached.keySet().stream().anyMatch(Objects::isNull)) {
            problems.add(new FieldProblem("reached", "Có lĩnh vực chính sách không thuộc danh mục của kế hoạch"));
        }
        // in the order of the plan, not of the map, so that the problems come out as the form shows them
        for (PolicyArea area : PolicyArea.values()) {
            Reach reach = reached.get(area);
            if (reach != null) {
                checkReach(problems, area, reach, poor, nearPoor);
            }
        }

        Long allocated = notNegative(problems, "budgetAllocated", "Kinh phí được phân bổ", figures.budgetAllocated());
        Long disbursed = notNegative(problems, "budgetDisbursed", "Kinh phí đã giải ngân", figures.budgetDisbursed());
        if (allocated != null && disbursed != null && disbursed > allocated) {
            problems.add(new FieldProblem("budgetDisbursed", "Kinh phí đã giải ngân (" + number(disbursed)
                    + " đồng) vượt kinh phí được phân bổ (" + number(allocated) + " đồng)"));
        }

        String narrative = figures.narrative();
        if (narrative == null || narrative.isBlank()) {
            problems.add(new FieldProblem("narrative", "Chưa nhập nội dung báo cáo (kết quả, khó khăn, kiến nghị)"));
        } else {
            // code points, as the database counts characters, not UTF-16 units
            int length = narrative.codePointCount(0, narrative.length());
            if (length > NARRATIVE_MAX_LENGTH) {
                problems.add(new FieldProblem("narrative", "Nội dung báo cáo dài " + number(length)
                        + " ký tự, vượt quá " + number(NARRATIVE_MAX_LENGTH) + " ký tự"));
            }
        }
        return problems;
    }

    private static void checkReach(List<FieldProblem> problems, PolicyArea area, Reach reach, Integer poor, Integer nearPoor) {
        String prefix = "reached." + area.name() + ".";
        String label = area.label() + ": ";
        Integer poorReached = notNegative(problems, prefix + "poorReached", label + "số hộ nghèo được hỗ trợ", reach.poorReached());
        Integer nearPoorReached = notNegative(problems, prefix + "nearPoorReached", label + "số hộ cận nghèo được hỗ trợ",
                reach.nearPoorReached());
        Integer poorEligible = notNegative(problems, prefix + "poorEligible", label + "số hộ nghèo thuộc diện hỗ trợ",
                reach.poorEligible());
        Integer nearPoorEligible = notNegative(problems, prefix + "nearPoorEligible", label + "số hộ cận nghèo thuộc diện hỗ trợ",
                reach.nearPoorEligible());
        notAbove(problems, prefix + "poorReached", label + "số hộ nghèo được hỗ trợ", poorReached,
                "số hộ nghèo thuộc diện hỗ trợ", poorEligible);
        notAbove(problems, prefix + "nearPoorReached", label + "số hộ cận nghèo được hỗ trợ", nearPoorReached,
                "số hộ cận nghèo thuộc diện hỗ trợ", nearPoorEligible);
        notAbove(problems, prefix + "poorEligible", label + "số hộ nghèo thuộc diện hỗ trợ", poorEligible,
                "số hộ nghèo", poor);
        notAbove(problems, prefix + "nearPoorEligible", label + "số hộ cận nghèo thuộc diện hỗ trợ", nearPoorEligible,
                "số hộ cận nghèo", nearPoor);
    }

    /** The value when it is given and not negative, else null after noting the problem. */
    private static Integer required(List<FieldProblem> problems, String field, String label, Integer value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "Chưa nhập " + label));
            return null;
        }
        return notNegative(problems, field, capitalized(label), value);
    }

    private static <N extends Number> N notNegative(List<FieldProblem> problems, String field, String label, N value) {
        if (value != null && value.longValue() < 0) {
            problems.add(new FieldProblem(field, label + " không được là số âm (" + number(value.longValue()) + ")"));
            return null;
        }
        return value;
    }

    private static void notAboveTotal(List<FieldProblem> problems, String field, String label, Integer value, Integer total) {
        notAbove(problems, field, label, value, "tổng số hộ", total);
    }

    private static void notAbove(List<FieldProblem> problems, String field, String label, Integer value, String boundLabel,
            Integer bound) {
        if (value != null && bound != null && value > bound) {
            problems.add(new FieldProblem(field, label + " (" + number(value) + ") vượt " + boundLabel + " (" + number(bound) + ")"));
        }
    }

    private static String number(long value) {
        return String.format(VIETNAMESE, "%,d", value);
    }

    private static String capitalized(String label) {
        return label.substring(0, 1).toUpperCase(VIETNAMESE) + label.substring(1);
    }
}
