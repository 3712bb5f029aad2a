package vn.gov.oversight.oversight;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.oversight.assignment.Assignment;
import vn.gov.oversight.system.InvalidInputException;

/**
 * What the board and its lists are narrowed to: a plan (its code), a task group (the appendix heading) and
 * a period of the tasks' deadlines, a year ({@code 2026}) or a quarter of it ({@code 2026-Q3}). Empty means
 * all.
 */
record BoardFilter(String plan, String group, String period) {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

    static final BoardFilter ALL = new BoardFilter(null, null, null);

    BoardFilter {
        plan = blankToNull(plan);
        group = blankToNull(group);
        period = blankToNull(period);
        if (period != null && !PERIOD.matcher(period).matches()) {
            throw InvalidInputException.of("period",
                    "Kỳ phải là một năm (ví dụ 2026) hoặc một quý của năm (ví dụ 2026-Q3), không phải '" + period + "'");
        }
    }

    boolean matches(Assignment assignment) {
        return (plan == null || plan.equals(assignment.planCode()))
                && (group == null || group.equals(assignment.taskGroup()))
                && (period == null || inPeriod(assignment.dueDate()));
    }

    /** Whether only a plan, or nothing, narrows the board: then escalations count by their plan alone. */
    boolean byPlanOnly() {
        return group == null && period == null;
    }

    private boolean inPeriod(LocalDate due) {
        Matcher parts = PERIOD.matcher(period);
        parts.matches();
        if (due.getYear() != Integer.parseInt(parts.group(1))) {
            return false;
        }
        return parts.group(2) == null || quarterOf(due) == Integer.parseInt(parts.group(2));
    }

    static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
