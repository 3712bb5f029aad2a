package vn.gov.oversight.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "Thời gian hoàn thành" of a task as Vietnamese appendices write it: a date, a
 * month, a quarter, a year, "Hằng năm" or "Thường xuyên". Patterns apply to the folded
 * text (lower case, no diacritics), so "Quý II/2026", "quy ii/2026" and "QUÝ 2 NĂM 2026"
 * are the same.
 */
final class DeadlineParser {

    /** The task's due date (the first round's when it recurs) and how often it is due. */
    record Deadline(LocalDate dueDate, Recurrence recurrence) {
    }

    /** Either a deadline or, in Vietnamese, why the cell is not one. */
    sealed interface Outcome permits Accepted, Rejected {

    }

    record Accepted(Deadline deadline) implements Outcome {
    }

    record Rejected(String message) implements Outcome {
    }

    static final String ACCEPTED_FORMS = "ngày (30/06/2026 hoặc 2026-06-30), tháng (Tháng 6/2026), "
            + "quý (Quý II/2026), năm (Năm 2026), Hằng năm (có thể kèm ngày: Hằng năm, trước ngày 15/12), "
            + "Thường xuyên";

    // "trước ngày 30/6/2026" and "trong quý II/2026" say the same as the bare date or
    // quarter; "trước
    // tháng 6" would not (it means by the end of May), so "trước" is only accepted before
    // a full date.
    private static final Pattern DATE = Pattern.compile("(?:truoc ngay |truoc |ngay )?(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private static final Pattern MONTH = Pattern
        .compile("(?:trong )?(?:thang (\\d{1,2}) ?(?:/|-|nam) ?|(\\d{1,2})/)(\\d{4})");

    private static final Pattern QUARTER = Pattern.compile("(?:trong )?quy (iv|iii|ii|i|[1-4]) ?(?:/|-|nam) ?(\\d{4})");

    private static final Pattern YEAR = Pattern.compile("(?:trong )?(?:nam )?(\\d{4})");

    private static final Pattern YEARLY = Pattern.compile("hang nam\\b(.*)");

    private static final Pattern ONGOING = Pattern.compile("thuong xuyen\\b.*");

    // Inside a "Hằng năm …" text: the day of the first round, if given.
    private static final Pattern DAY_MONTH_IN_TEXT = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})(?![\\d])");

    private static final Pattern DAY_MONTH_IN_WORDS = Pattern.compile("\\b(\\d{1,2}) thang (\\d{1,2})\\b");

    private static final Pattern MONTH_IN_TEXT = Pattern.compile("\\bthang (\\d{1,2})\\b");

    private static final Pattern QUARTER_IN_TEXT = Pattern.compile("\\bquy (iv|iii|ii|i|[1-4])\\b");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:]+$");

    private final LocalDate planIssuedOn;

    DeadlineParser(LocalDate planIssuedOn) {
        this.planIssuedOn = planIssuedOn;
    }

    /** A deadline written as text. */
    Outcome parse(String text) {
        String folded = TRAILING_PUNCTUATION.matcher(CellTexts.fold(text)).replaceAll("").strip();
        try {
            Matcher m;
            if (ONGOING.matcher(folded).matches()) {
                return accepted(LocalDate.of(planIssuedOn.getYear(), 12, 31), Recurrence.ONGOING);
            }
            if ((m = YEARLY.matcher(folded)).matches()) {
                return accepted(firstYearlyRound(m.group(1)), Recurrence.YEARLY);
            }
            if ((m = DATE.matcher(folded)).matches()) {
                return once(text, LocalDate.of(number(m, 3), number(m, 2), number(m, 1)));
            }
            if ((m = ISO_DATE.matcher(folded)).matches()) {
                return once(text, LocalDate.of(number(m, 1), number(m, 2), number(m, 3)));
            }
            if ((m = MONTH.matcher(folded)).matches()) {
                int month = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                return once(text, YearMonth.of(number(m, 3), month).atEndOfMonth());
            }
            if ((m = QUARTER.matcher(folded)).matches()) {
                return once(text, endOfQuarter(number(m, 2), quarter(m.group(1))));
            }
            if ((m = YEAR.matcher(folded)).matches()) {
                return once(text, LocalDate.of(number(m, 1), 12, 31));
            }
        }
        catch (DateTimeException e) {
            return new Rejected("Thời gian hoàn thành '" + text + "' có ngày hoặc tháng không có thật");
        }
        return new Rejected(
                "Không hiểu thời gian hoàn thành '" + text + "'. Ghi theo một trong các dạng: " + ACCEPTED_FORMS);
    }

    /**
     * A deadline given as an Excel date cell; {@code monthOnly} when its format shows no
     * day.
     */
    Outcome onDate(LocalDate date, boolean monthOnly) {
        LocalDate due = monthOnly ? YearMonth.from(date).atEndOfMonth() : date;
        return once(due.format(CellTexts.DAY_MONTH_YEAR), due);
    }

    private Outcome once(String text, LocalDate due) {
        if (due.isBefore(planIssuedOn)) {
            String shown = due.format(CellTexts.DAY_MONTH_YEAR);
            String value = text.equals(shown) ? "'" + text + "'" : "'" + text + "' (" + shown + ")";
            return new Rejected("Thời hạn " + value + " trước ngày ban hành kế hoạch ("
                    + planIssuedOn.format(CellTexts.DAY_MONTH_YEAR) + ")");
        }
        return accepted(due, Recurrence.ONCE);
    }

    /**
     * The first round of a yearly task: the day, month or quarter the text names ("trước
     * ngày 15/12", "trong tháng 6", "quý IV"), 31/12 when it names none, in the plan's
     * issue year, or the next year when that day is already behind the plan's issue date.
     */
    private LocalDate firstYearlyRound(String rest) {
        Matcher m;
        if ((m = DAY_MONTH_IN_TEXT.matcher(rest)).find() || (m = DAY_MONTH_IN_WORDS.matcher(rest)).find()) {
            // MonthDay accepts 29/02 and atYear() moves it to the 28th in other years.
            MonthDay day = MonthDay.of(number(m, 2), number(m, 1));
            return onOrAfterIssue(day::atYear);
        }
        if ((m = MONTH_IN_TEXT.matcher(rest)).find()) {
            int month = number(m, 1);
            return onOrAfterIssue(year -> YearMonth.of(year, month).atEndOfMonth());
        }
        if ((m = QUARTER_IN_TEXT.matcher(rest)).find()) {
            int quarter = quarter(m.group(1));
            return onOrAfterIssue(year -> endOfQuarter(year, quarter));
        }
        return LocalDate.of(planIssuedOn.getYear(), 12, 31);
    }

    private LocalDate onOrAfterIssue(IntFunction<LocalDate> dayInYear) {
        LocalDate thisYear = dayInYear.apply(planIssuedOn.getYear());
        return thisYear.isBefore(planIssuedOn) ? dayInYear.apply(planIssuedOn.getYear() + 1) : thisYear;
    }

    private static LocalDate endOfQuarter(int year, int quarter) {
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    private static int quarter(String written) {
        return Character.isDigit(written.charAt(0)) ? Integer.parseInt(written)
                : RomanNumerals.parse(written).orElseThrow();
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Accepted accepted(LocalDate due, Recurrence recurrence) {
        return new Accepted(new Deadline(due, recurrence));
    }

}
