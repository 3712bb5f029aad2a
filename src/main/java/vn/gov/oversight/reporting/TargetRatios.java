package vn.gov.oversight.reporting;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ratios to a baseline as officials write them: a fraction {@code 1/3} or a decimal
 * {@code 0.5}.
 */
final class TargetRatios {

    private static final Pattern FRACTION = Pattern.compile("(\\d{1,6})/(\\d{1,6})");

    private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}(\\.\\d{1,6})?");

    private TargetRatios() {
    }

    static boolean valid(String ratio) {
        if (ratio == null) {
            return false;
        }
        Matcher fraction = FRACTION.matcher(ratio);
        if (fraction.matches()) {
            return Long.parseLong(fraction.group(2)) > 0;
        }
        return DECIMAL.matcher(ratio).matches();
    }

    static BigDecimal numerator(String ratio) {
        Matcher fraction = FRACTION.matcher(ratio);
        return fraction.matches() ? new BigDecimal(fraction.group(1)) : new BigDecimal(ratio);
    }

    static BigDecimal denominator(String ratio) {
        Matcher fraction = FRACTION.matcher(ratio);
        return fraction.matches() ? new BigDecimal(fraction.group(2)) : BigDecimal.ONE;
    }

}
