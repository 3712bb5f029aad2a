package vn.gov.oversight.oversight;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.oversight.assignment.Assignment;
import vn.gov.oversight.system.InvalidInputException;

/**
 * What the board and its lists are narrowed to: a plan (its code), a task group (the
 * appendix heading) and a period of the tasks' deadlines, a year ({@code 2026}) or a
 * quarter of it ({@code 2026-Q3}). Empty means all.
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
                    "Kỳ phải là một năm (ví dụ 2026) hoặc một quý của năm (ví dụ 2026-Q3), không phải '" + period
                            + "'");
        }
    }

    boolean matches(Assignment assignment) {
        return matches(assignment.planCode(), assignment.taskGroup(), assignment.dueDate());
    }

    /**
     * Whether a task of this plan and group, due on {@code due} (or in its month: periods
     * are whole months), counts.
     */
    boolean matches(String planCode, String taskGroup, LocalDate due) {
        return (plan == null || plan.equals(planCode)) && (group == null || group.equals(taskGroup))
                && (period == null || inPeriod(due));
    }

    /** The first and last day of the period (a wide span when there is none). */
    LocalDate[] dueDays() {
        if (period == null) {
            return new LocalDate[] { LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31) };
        }
        Matcher parts = PERIOD.matcher(period);
        parts.matches();
        int year = Integer.parseInt(parts.group(1));
        if (parts.group(2) == null) {
            return new LocalDate[] { LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31) };
        }
        LocalDate first = LocalDate.of(year, (Integer.parseInt(parts.group(2)) - 1) * 3 + 1, 1);
        return new LocalDate[] { first, first.plusMonths(3).minusDays(1) };
    }

    /**
     * Whether only a plan, or nothing, narrows the board: then escalations count by their
     * plan alone.
     */
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
