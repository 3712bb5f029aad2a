package vn.gov.oversight.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A plan's target for one indicator and year: the baseline it is measured against (value,
 * year, source) and the target itself, a value ({@code targetValue}) or a ratio to the
 * baseline ({@code targetRatio}, {@code "1/3"}: at most a third of the baseline). Either
 * may be missing while a plan waits for its figure.
 */
record Target(long id, String plan, Indicator indicator, int year, BigDecimal baselineValue, Integer baselineYear,
        String baselineSource, BigDecimal targetValue, String targetRatio, String source, String area) {

    /** What a plan sets targets on. */
    public enum Indicator {

        POOR_HOUSEHOLDS("Số hộ nghèo"), NEAR_POOR_HOUSEHOLDS("Số hộ cận nghèo"),
        POLICY_COVERAGE("Tỷ lệ bao phủ chính sách hỗ trợ (%)");

        private final String label;

        Indicator(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

    }

    /**
     * The target as a number: the value, or the baseline times the ratio rounded down
     * (households are whole, and "at most a third" of 7,912 is 2,637); null when the plan
     * has no figure yet.
     */
    public BigDecimal resolved() {
        if (targetValue != null) {
            return targetValue;
        }
        if (targetRatio == null || baselineValue == null) {
            return null;
        }
        return baselineValue.multiply(TargetRatios.numerator(targetRatio))
            .divide(TargetRatios.denominator(targetRatio), 0, RoundingMode.FLOOR);
    }
}
