package vn.gov.oversight.plan;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Roman numerals as appendices number their groups (I, II, III, IV…) and quarters (Quý
 * II).
 */
final class RomanNumerals {

    // Only well-formed numerals, so that "IIII" or "IC" are not taken for a group number.
    private static final Pattern WELL_FORMED = Pattern
        .compile("(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

    private RomanNumerals() {
    }

    /**
     * The value of a numeral in either case, or empty when the text is not a well-formed
     * numeral.
     */
    static OptionalInt parse(String text) {
        String numeral = text.toUpperCase(Locale.ROOT);
        if (!WELL_FORMED.matcher(numeral).matches()) {
            return OptionalInt.empty();
        }
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int value = valueOf(numeral.charAt(i));
            boolean subtractive = i + 1 < numeral.length() && value < valueOf(numeral.charAt(i + 1));
            total += subtractive ? -value : value;
        }
        return OptionalInt.of(total);
    }

    private static int valueOf(char digit) {
        return switch (digit) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            case 'M' -> 1000;
            default -> throw new IllegalArgumentException("Not a Roman digit: " + digit);
        };
    }

}
