package vn.gov.oversight.reporting;

import static vn.gov.oversight.reporting.ReportFields.BUDGET_ALLOCATED;
import static vn.gov.oversight.reporting.ReportFields.BUDGET_DISBURSED;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.gov.oversight.system.InvalidInputException.FieldProblem;

/**
 * Reads the figures of a report from the submitted variables: a locality's households, or
 * a department's policies. A value that is not a whole number is named by its label, as
 * the form shows it.
 */
final class SubmittedFigures {

    private SubmittedFigures() {
    }

    static ReportFigures from(ReportContent content, Map<String, Object> variables, List<FieldProblem> problems) {
        return content == ReportContent.HOUSEHOLDS ? households(variables, problems) : policies(variables, problems);
    }

    static ReportFigures households(Map<String, Object> variables, List<FieldProblem> problems) {
        Map<Deprivation, Integer> deficits = new EnumMap<>(Deprivation.class);
        for (Deprivation indicator : Deprivation.values()) {
            Integer households = integer(variables, ReportFields.deficit(indicator), problems);
            if (households != null) {
                deficits.put(indicator, households);
            }
        }
        return new ReportFigures(integer(variables, ReportFields.TOTAL_HOUSEHOLDS, problems),
                integer(variables, ReportFields.POOR_HOUSEHOLDS, problems),
                integer(variables, ReportFields.NEAR_POOR_HOUSEHOLDS, problems),
                integer(variables, ReportFields.EXITED_POVERTY, problems),
                integer(variables, ReportFields.NEWLY_POOR, problems), Map.of(),
                amount(variables, BUDGET_ALLOCATED, problems), amount(variables, BUDGET_DISBURSED, problems),
                text(variables, ReportFields.NARRATIVE), integer(variables, ReportFields.POOR_AT_START, problems),
                integer(variables, ReportFields.NEAR_POOR_AT_START, problems),
                integer(variables, ReportFields.RE_POOR, problems),
                integer(variables, ReportFields.NEAR_POOR_EXITED, problems),
                integer(variables, ReportFields.NEWLY_NEAR_POOR, problems),
                integer(variables, ReportFields.ETHNIC_MINORITY_POOR, problems),
                integer(variables, ReportFields.ETHNIC_MINORITY_NEAR_POOR, problems), deficits,
                text(variables, ReportFields.EXPLANATION));
    }

    static ReportFigures policies(Map<String, Object> variables, List<FieldProblem> problems) {
        Map<PolicyArea, ReportFigures.Reach> reached = new EnumMap<>(PolicyArea.class);
        for (PolicyArea area : PolicyArea.values()) {
            ReportFigures.Reach reach = new ReportFigures.Reach(
                    integer(variables, ReportFields.policy(area, false, false), problems),
                    integer(variables, ReportFields.policy(area, false, true), problems),
                    integer(variables, ReportFields.policy(area, true, false), problems),
                    integer(variables, ReportFields.policy(area, true, true), problems));
            if (reach.poorReached() != null || reach.nearPoorReached() != null || reach.poorEligible() != null
                    || reach.nearPoorEligible() != null) {
                reached.put(area, reach);
            }
        }
        return ReportFigures.ofPolicies(reached, amount(variables, BUDGET_ALLOCATED, problems),
                amount(variables, BUDGET_DISBURSED, problems), text(variables, ReportFields.NARRATIVE));
    }

    /**
     * The variable a figure problem names: {@code reached.HEALTH.nearPoorEligible} is
     * {@code eligibleHealthNearPoor}.
     */
    static String variableOf(String field) {
        if (field.startsWith("reached.")) {
            String[] parts = field.split("\\.");
            if (parts.length == 3) {
                return ReportFields.policy(PolicyArea.valueOf(parts[1]), parts[2].endsWith("Eligible"),
                        parts[2].startsWith("nearPoor"));
            }
        }
        if (field.startsWith("deficits.")) {
            return ReportFields.deficit(Deprivation.valueOf(field.substring("deficits.".length())));
        }
        return field;
    }

    private static String text(Map<String, Object> variables, String name) {
        Object value = variables.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static Integer integer(Map<String, Object> variables, String name, List<FieldProblem> problems) {
        BigDecimal value = number(variables, name, problems);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        }
        catch (ArithmeticException e) {
            problems.add(new FieldProblem(name,
                    ReportFields.labelOf(name) + " phải là số nguyên, không phải " + value.toPlainString()));
            return null;
        }
    }

    private static Long amount(Map<String, Object> variables, String name, List<FieldProblem> problems) {
        BigDecimal value = number(variables, name, problems);
        if (value == null) {
            return null;
        }
        try {
            return value.longValueExact();
        }
        catch (ArithmeticException e) {
            problems.add(new FieldProblem(name,
                    ReportFields.labelOf(name) + " phải là số đồng nguyên, không phải " + value.toPlainString()));
            return null;
        }
    }

    private static BigDecimal number(Map<String, Object> variables, String name, List<FieldProblem> problems) {
        Object value = variables.get(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().trim()).stripTrailingZeros();
        }
        catch (NumberFormatException e) {
            problems
                .add(new FieldProblem(name, ReportFields.labelOf(name) + " phải là số, không phải '" + value + "'"));
            return null;
        }
    }

}
