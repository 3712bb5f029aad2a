package vn.gov.oversight.reporting;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.gov.oversight.reporting.PeriodicReportProcess.Variables;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;

/**
 * Reads the figures of a report from the submitted variables. A policy's reach is checked against the
 * locality's poor and near-poor households: every one of them is eligible (the target is 100% covered).
 */
final class SubmittedFigures {

    private SubmittedFigures() {
    }

    static ReportFigures from(Map<String, Object> variables, List<FieldProblem> problems) {
        Integer poor = integer(variables, Variables.POOR_HOUSEHOLDS, problems);
        Integer nearPoor = integer(variables, Variables.NEAR_POOR_HOUSEHOLDS, problems);
        Map<PolicyArea, ReportFigures.Reach> reached = new EnumMap<>(PolicyArea.class);
        for (PolicyArea area : PolicyArea.values()) {
            Integer poorReached = integer(variables, Variables.reached(area, false), problems);
            Integer nearPoorReached = integer(variables, Variables.reached(area, true), problems);
            if (poorReached != null || nearPoorReached != null) {
                reached.put(area, new ReportFigures.Reach(poorReached, nearPoorReached, poor, nearPoor));
            }
        }
        Object narrative = variables.get(Variables.NARRATIVE);
        return new ReportFigures(integer(variables, Variables.TOTAL_HOUSEHOLDS, problems), poor, nearPoor,
                integer(variables, Variables.EXITED_POVERTY, problems), integer(variables, Variables.NEWLY_POOR, problems),
                reached, amount(variables, Variables.BUDGET_ALLOCATED, problems),
                amount(variables, Variables.BUDGET_DISBURSED, problems), narrative == null ? null : narrative.toString());
    }

    /** The JSON name of a figure problem is the variable a client sent. */
    static String variableOf(String field) {
        if (field.startsWith("reached.")) {
            String[] parts = field.split("\\.");
            if (parts.length == 3) {
                return Variables.reached(PolicyArea.valueOf(parts[1]), parts[2].startsWith("nearPoor"));
            }
        }
        return field;
    }

    private static Integer integer(Map<String, Object> variables, String name, List<FieldProblem> problems) {
        BigDecimal value = number(variables, name, problems);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            problems.add(new FieldProblem(name, "'" + name + "' phải là số nguyên, không phải " + value.toPlainString()));
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
        } catch (ArithmeticException e) {
            problems.add(new FieldProblem(name, "'" + name + "' phải là số đồng, không phải " + value.toPlainString()));
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
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, "'" + name + "' phải là số, không phải '" + value + "'"));
            return null;
        }
    }
}
