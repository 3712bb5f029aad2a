package vn.gov.oversight.reporting;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The variables of the two report forms and what people call them: one list, read by the
 * rules that check a report (their messages name fields as the forms do) and by the tests
 * that keep the forms in step.
 */
final class ReportFields {

    static final String TOTAL_HOUSEHOLDS = "totalHouseholds";
    static final String POOR_AT_START = "poorAtStart";
    static final String NEAR_POOR_AT_START = "nearPoorAtStart";
    static final String POOR_HOUSEHOLDS = "poorHouseholds";
    static final String NEAR_POOR_HOUSEHOLDS = "nearPoorHouseholds";
    static final String EXITED_POVERTY = "exitedPoverty";
    static final String NEWLY_POOR = "newlyPoor";
    static final String RE_POOR = "rePoor";
    static final String NEAR_POOR_EXITED = "nearPoorExited";
    static final String NEWLY_NEAR_POOR = "newlyNearPoor";
    static final String ETHNIC_MINORITY_POOR = "ethnicMinorityPoor";
    static final String ETHNIC_MINORITY_NEAR_POOR = "ethnicMinorityNearPoor";
    static final String EXPLANATION = "explanation";
    static final String BUDGET_ALLOCATED = "budgetAllocated";
    static final String BUDGET_DISBURSED = "budgetDisbursed";
    static final String NARRATIVE = "narrative";

    /**
     * The household counts of a locality's report, in the order of its form, with their
     * labels.
     */
    static final Map<String, String> HOUSEHOLD_COUNTS = labels(TOTAL_HOUSEHOLDS, "Tổng số hộ", POOR_AT_START,
            "Số hộ nghèo đầu kỳ", EXITED_POVERTY, "Số hộ thoát nghèo trong kỳ", NEWLY_POOR,
            "Số hộ nghèo phát sinh mới trong kỳ", RE_POOR, "Số hộ tái nghèo trong kỳ", POOR_HOUSEHOLDS,
            "Số hộ nghèo cuối kỳ", NEAR_POOR_AT_START, "Số hộ cận nghèo đầu kỳ", NEAR_POOR_EXITED,
            "Số hộ ra khỏi diện cận nghèo trong kỳ", NEWLY_NEAR_POOR, "Số hộ cận nghèo phát sinh mới trong kỳ",
            NEAR_POOR_HOUSEHOLDS, "Số hộ cận nghèo cuối kỳ");

    /** The ethnic-minority breakdown, optional for localities without such households. */
    static final Map<String, String> ETHNIC_MINORITY = labels(ETHNIC_MINORITY_POOR,
            "Số hộ nghèo là đồng bào dân tộc thiểu số", ETHNIC_MINORITY_NEAR_POOR,
            "Số hộ cận nghèo là đồng bào dân tộc thiểu số");

    private ReportFields() {
    }

    /**
     * The variable of the households lacking a deprivation indicator:
     * {@code deficitHealthInsurance}.
     */
    static String deficit(Deprivation indicator) {
        return "deficit" + camel(indicator.name());
    }

    static String deficitLabel(Deprivation indicator) {
        return "Số hộ thiếu hụt " + indicator.dimension().toLowerCase() + ": " + indicator.label().toLowerCase();
    }

    /**
     * The variable of a policy's reach or denominator among the poor or the near-poor:
     * {@code eligibleHealthNearPoor}.
     */
    static String policy(PolicyArea area, boolean eligible, boolean nearPoor) {
        return (eligible ? "eligible" : "reached") + camel(area.name()) + (nearPoor ? "NearPoor" : "Poor");
    }

    static String policyLabel(PolicyArea area, boolean eligible, boolean nearPoor) {
        return area.label() + ": " + (eligible ? "số thuộc diện hỗ trợ" : "số được hỗ trợ") + " là "
                + (nearPoor ? "hộ cận nghèo" : "hộ nghèo") + " (" + area.unit() + ")";
    }

    /**
     * What people call a variable of either form; the variable itself when it is none of
     * theirs.
     */
    static String labelOf(String variable) {
        String label = HOUSEHOLD_COUNTS.getOrDefault(variable, ETHNIC_MINORITY.get(variable));
        if (label != null) {
            return label;
        }
        for (Deprivation indicator : Deprivation.values()) {
            if (deficit(indicator).equals(variable)) {
                return deficitLabel(indicator);
            }
        }
        for (PolicyArea area : PolicyArea.values()) {
            for (boolean eligible : new boolean[] { false, true }) {
                for (boolean nearPoor : new boolean[] { false, true }) {
                    if (policy(area, eligible, nearPoor).equals(variable)) {
                        return policyLabel(area, eligible, nearPoor);
                    }
                }
            }
        }
        return switch (variable) {
            case BUDGET_ALLOCATED -> "Kinh phí được phân bổ (đồng)";
            case BUDGET_DISBURSED -> "Kinh phí đã giải ngân (đồng)";
            case EXPLANATION -> "Giải trình số liệu";
            default -> variable;
        };
    }

    private static String camel(String constant) {
        return Arrays.stream(constant.toLowerCase().split("_"))
            .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
            .collect(Collectors.joining());
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(labels);
    }

}
