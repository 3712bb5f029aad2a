package vn.gov.oversight.reporting;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A report as the coordinator reads it on the check: every figure with its name, in the
 * form's order.
 */
final class ReportText {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private ReportText() {
    }

    static String of(ReportContent content, ReportFigures f) {
        StringBuilder text = new StringBuilder(content.label()).append('\n');
        if (content == ReportContent.HOUSEHOLDS) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put(ReportFields.TOTAL_HOUSEHOLDS, f.totalHouseholds());
            counts.put(ReportFields.POOR_AT_START, f.poorAtStart());
            counts.put(ReportFields.EXITED_POVERTY, f.exitedPoverty());
            counts.put(ReportFields.NEWLY_POOR, f.newlyPoor());
            counts.put(ReportFields.RE_POOR, f.rePoor());
            counts.put(ReportFields.POOR_HOUSEHOLDS, f.poorHouseholds());
            counts.put(ReportFields.NEAR_POOR_AT_START, f.nearPoorAtStart());
            counts.put(ReportFields.NEAR_POOR_EXITED, f.nearPoorExited());
            counts.put(ReportFields.NEWLY_NEAR_POOR, f.newlyNearPoor());
            counts.put(ReportFields.NEAR_POOR_HOUSEHOLDS, f.nearPoorHouseholds());
            counts.put(ReportFields.ETHNIC_MINORITY_POOR, f.ethnicMinorityPoor());
            counts.put(ReportFields.ETHNIC_MINORITY_NEAR_POOR, f.ethnicMinorityNearPoor());
            counts.forEach((field, value) -> line(text, ReportFields.labelOf(field), value));
            for (Deprivation indicator : Deprivation.values()) {
                line(text, ReportFields.deficitLabel(indicator),
                        f.deficits() == null ? null : f.deficits().get(indicator));
            }
            if (f.explanation() != null) {
                text.append("Giải trình số liệu: ").append(f.explanation()).append('\n');
            }
        }
        else {
            for (Map.Entry<PolicyArea, ReportFigures.Reach> entry : f.reached().entrySet()) {
                ReportFigures.Reach r = entry.getValue();
                PolicyArea area = entry.getKey();
                text.append(area.label())
                    .append(" (")
                    .append(area.unit())
                    .append("): hộ nghèo ")
                    .append(number(r.poorReached()))
                    .append('/')
                    .append(number(r.poorEligible()))
                    .append(", hộ cận nghèo ")
                    .append(number(r.nearPoorReached()))
                    .append('/')
                    .append(number(r.nearPoorEligible()))
                    .append(" (được hỗ trợ/thuộc diện hỗ trợ)\n");
            }
        }
        line(text, "Kinh phí được phân bổ (đồng)", f.budgetAllocated());
        line(text, "Kinh phí đã giải ngân (đồng)", f.budgetDisbursed());
        return text.toString().strip();
    }

    private static void line(StringBuilder text, String label, Number value) {
        if (value != null) {
            text.append(label).append(": ").append(number(value)).append('\n');
        }
    }

    private static String number(Number value) {
        return value == null ? "—" : String.format(VIETNAMESE, "%,d", value.longValue());
    }

}
