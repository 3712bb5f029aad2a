package vn.gov.oversight.plan;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

import vn.gov.oversight.system.PeopleDates;

/**
 * The text of spreadsheet cells, and the folded form used to compare what people type.
 */
final class CellTexts {

    static final DateTimeFormatter DAY_MONTH_YEAR = PeopleDates.DAY;

    // Excel text often carries non-breaking and zero-width spaces pasted from Word
    // documents.
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    // Parts of a number format that never show a day: locale or colour tags, quoted text,
    // escapes.
    private static final Pattern FORMAT_LITERALS = Pattern.compile("\\[[^]]*]|\"[^\"]*\"|\\\\.");

    private CellTexts() {
    }

    /**
     * The cell's value as text, in Unicode NFC with its line breaks kept (agencies may be
     * one a line): numbers without a trailing ".0", dates as dd/MM/yyyy, formulas by
     * their cached value.
     */
    static String raw(Cell cell) {
        if (cell == null) {
            return "";
        }
        try {
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                    : cell.getCellType();
            String text = switch (type) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> isDate(cell) ? dateOf(cell).format(DAY_MONTH_YEAR) : number(cell.getNumericCellValue());
                case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
                default -> "";
            };
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        catch (IllegalStateException | IllegalArgumentException e) {
            // A cached value that does not match its declared type only comes from a
            // damaged file; reading
            // the cell as empty makes the reader report it as a missing value at this row
            // and column.
            return "";
        }
    }

    /** Trimmed, with every run of whitespace (line breaks too) made one space. */
    static String clean(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * {@link #clean} text in lower case without Vietnamese diacritics ("Thời hạn" → "thoi
     * han").
     */
    static String fold(String text) {
        String withoutMarks = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        // đ is a letter of its own, not d with a combining mark, so NFD leaves it alone.
        return clean(withoutMarks.replace('đ', 'd').replace('Đ', 'D')).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the cell holds an Excel date (a number shown with a date format), cached
     * formula results too.
     */
    static boolean isDate(Cell cell) {
        if (cell == null) {
            return false;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
                && DateUtil.isValidExcelDate(cell.getNumericCellValue());
    }

    static LocalDate dateOf(Cell cell) {
        return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    /**
     * Whether a date cell's format shows the day. Excel turns a typed "6/2026" into 1
     * June 2026 shown as "Jun-26": the user meant the month, not its first day.
     */
    static boolean formatShowsDay(Cell cell) {
        String format = cell.getCellStyle().getDataFormatString();
        return format == null || FORMAT_LITERALS.matcher(format).replaceAll("").toLowerCase(Locale.ROOT).contains("d");
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

}
