package vn.gov.oversight.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.PeopleDates;

/**
 * Reporting periods and their dates under Decree 09/2019/NĐ-CP: data are cut off from the
 * 15th of the month before the period to the 14th of its last month; the reporters' and
 * the province's deadlines are days of the period's last month that the regime sets
 * ({@link ReportingRegime}). Codes are {@code 2026-Q1}…{@code 2026-Q4}, {@code 2026-H1}
 * (the six-month report: 15/12 to 14/6; the second half-year is the annual report's,
 * there is no {@code H2}) and {@code 2026}; ad hoc reports and reviews take a free code
 * and the dates their request sets.
 */
final class ReportingPeriods {

    /** The first day of a cut-off window is the 15th of the month before the period. */
    static final int CUT_OFF_FIRST_DAY = 15;

    /** The last day of a cut-off window is the 14th of the period's last month. */
    static final int CUT_OFF_LAST_DAY = 14;

    private static final Pattern QUARTER = Pattern.compile("([1-9]\\d{3})-Q([1-4])");

    private static final Pattern HALF = Pattern.compile("([1-9]\\d{3})-H(1)");

    private static final Pattern YEAR = Pattern.compile("([1-9]\\d{3})");

    /** A free code ends up in URLs and file names, hence no slash and no spaces. */
    private static final Pattern FREE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,40}");

    private static final DateTimeFormatter DAY = PeopleDates.DAY;

    /** Quarters are numbered in Roman numerals in titles: "quý II năm 2027". */
    private static final List<String> QUARTER_NUMERALS = List.of("I", "II", "III", "IV");

    private ReportingPeriods() {
    }

    /**
     * The period of a regular regime with its dates.
     * @throws InvalidInputException on {@code code} when the code does not have the
     * kind's form; for an ad hoc report or a review, naming the dates that {@link #adHoc}
     * needs
     */
    static Period of(String code, ReportingRegime regime) {
        RegimeKind kind = regime.kind();
        if (!kind.isRegular()) {
            // the decree fixes no dates for these: the request that calls for the report
            // does
            return adHoc(code, kind, null, null, null, null);
        }
        Matcher parts = pattern(kind).matcher(code == null ? "" : code);
        if (!parts.matches()) {
            throw InvalidInputException.of("code", codeMessage(code, kind));
        }
        int year = Integer.parseInt(parts.group(1));
        int lastMonth = switch (kind) {
            case QUARTERLY -> 3 * Integer.parseInt(parts.group(2));
            case SEMI_ANNUAL -> 6;
            default -> 12;
        };
        int months = switch (kind) {
            case QUARTERLY -> 3;
            case SEMI_ANNUAL -> 6;
            default -> 12;
        };
        LocalDate to = LocalDate.of(year, lastMonth, CUT_OFF_LAST_DAY);
        LocalDate from = LocalDate.of(year, lastMonth, CUT_OFF_FIRST_DAY).minusMonths(months);
        return new Period(code, kind, from, to, dayOf(to, regime.reportersDueDay()),
                dayOf(to, regime.provinceDueDay()));
    }

    /** A day of the month of {@code month}, the month's last day if it is shorter. */
    private static LocalDate dayOf(LocalDate month, int day) {
        return month.withDayOfMonth(Math.min(day, month.lengthOfMonth()));
    }

    /**
     * An ad hoc report or a review: a free code and the dates the request sets. Every
     * problem is reported at once, so that a form can mark all its wrong fields in one
     * round.
     * @throws InvalidInputException naming {@code code}, {@code kind},
     * {@code cutOffFrom}, {@code cutOffTo}, {@code reportersDueDate} or {@code dueDate}
     */
    static Period adHoc(String code, RegimeKind kind, LocalDate cutOffFrom, LocalDate cutOffTo,
            LocalDate reportersDueDate, LocalDate dueDate) {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "Chưa chọn loại báo cáo"));
        }
        else if (kind.isRegular()) {
            // the decree's dates are the contract for regular reports; letting a caller
            // move them would
            // give two reports of the same period different windows
            problems.add(new FieldProblem("kind", kind.label() + " có ngày chốt số liệu và hạn nộp theo Nghị định "
                    + "09/2019/NĐ-CP, không nhập ngày cho loại báo cáo này"));
        }
        if (code == null || !FREE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", codeMessage(code, RegimeKind.AD_HOC)));
        }
        if (cutOffFrom == null) {
            problems.add(new FieldProblem("cutOffFrom", "Chưa nhập ngày bắt đầu chốt số liệu"));
        }
        if (cutOffTo == null) {
            problems.add(new FieldProblem("cutOffTo", "Chưa nhập ngày kết thúc chốt số liệu"));
        }
        if (reportersDueDate == null) {
            problems.add(new FieldProblem("reportersDueDate", "Chưa nhập hạn các cơ quan gửi báo cáo"));
        }
        if (dueDate == null) {
            problems.add(new FieldProblem("dueDate", "Chưa nhập hạn tỉnh gửi báo cáo tổng hợp"));
        }
        if (cutOffFrom != null && cutOffTo != null && cutOffTo.isBefore(cutOffFrom)) {
            problems.add(new FieldProblem("cutOffTo", "Ngày kết thúc chốt số liệu (" + DAY.format(cutOffTo)
                    + ") trước ngày bắt đầu chốt số liệu (" + DAY.format(cutOffFrom) + ")"));
        }
        problems.addAll(deadlineProblems(cutOffTo, reportersDueDate, dueDate));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Period(code, kind, cutOffFrom, cutOffTo, reportersDueDate, dueDate);
    }

    /**
     * The order of a period's dates: the reporters' deadline not before the cut-off, the
     * province's after the reporters' so that the coordinator can consolidate in between.
     */
    static List<FieldProblem> deadlineProblems(LocalDate cutOffTo, LocalDate reportersDueDate, LocalDate dueDate) {
        List<FieldProblem> problems = new ArrayList<>();
        if (cutOffTo != null && reportersDueDate != null && reportersDueDate.isBefore(cutOffTo)) {
            problems
                .add(new FieldProblem("reportersDueDate", "Hạn các cơ quan gửi báo cáo (" + DAY.format(reportersDueDate)
                        + ") trước ngày kết thúc chốt số liệu (" + DAY.format(cutOffTo) + ")"));
        }
        if (reportersDueDate != null && dueDate != null && !dueDate.isAfter(reportersDueDate)) {
            problems.add(new FieldProblem("dueDate",
                    "Hạn tỉnh gửi báo cáo tổng hợp (" + DAY.format(dueDate) + ") phải sau hạn các cơ quan gửi báo cáo ("
                            + DAY.format(reportersDueDate) + ") để Cơ quan thường trực kịp tổng hợp"));
        }
        return problems;
    }

    /**
     * The code of the regular period a scheduler should open on {@code today}: a period
     * opens on the first day of its data cut-off window (2026-H1 and the year 2026 on
     * 15/12/2025, 2026-Q2 on 15/3/2026). Empty on any other day, and always for ad hoc
     * reports and reviews.
     */
    static Optional<String> next(ReportingRegime regime, LocalDate today) {
        Objects.requireNonNull(regime, "regime");
        RegimeKind kind = regime.kind();
        Objects.requireNonNull(today, "today");
        if (!kind.isRegular()) {
            return Optional.empty();
        }
        // a window opening in December belongs to the next year's first period
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            for (String code : codes(kind, year)) {
                if (of(code, regime).cutOffFrom().equals(today)) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The period as the title of a report says it: "quý II năm 2027", "6 tháng đầu năm
     * 2027", "năm 2027"; an ad hoc report or a review by its code and its data window.
     */
    static String inWords(Period period) {
        Matcher parts = pattern(period.kind()).matcher(period.code());
        if (period.kind().isRegular() && parts.matches()) {
            String year = "năm " + parts.group(1);
            return switch (period.kind()) {
                case QUARTERLY -> "quý " + QUARTER_NUMERALS.get(Integer.parseInt(parts.group(2)) - 1) + " " + year;
                case SEMI_ANNUAL -> "6 tháng đầu " + year;
                default -> year;
            };
        }
        return "kỳ " + period.code() + " (số liệu từ " + DAY.format(period.cutOffFrom()) + " đến "
                + DAY.format(period.cutOffTo()) + ")";
    }

    private static List<String> codes(RegimeKind kind, int year) {
        return switch (kind) {
            case QUARTERLY -> List.of(year + "-Q1", year + "-Q2", year + "-Q3", year + "-Q4");
            case SEMI_ANNUAL -> List.of(year + "-H1");
            default -> List.of(String.valueOf(year));
        };
    }

    private static Pattern pattern(RegimeKind kind) {
        return switch (kind) {
            case QUARTERLY -> QUARTER;
            case SEMI_ANNUAL -> HALF;
            case ANNUAL -> YEAR;
            default -> FREE;
        };
    }

    private static String codeMessage(String code, RegimeKind kind) {
        String given = code == null || code.isEmpty() ? "Chưa nhập mã kỳ báo cáo"
                : "Mã kỳ báo cáo '" + code + "' không hợp lệ";
        return given + ": " + switch (kind) {
            case QUARTERLY -> "báo cáo quý có mã dạng năm-Q và số quý từ 1 đến 4, ví dụ 2026-Q1";
            case SEMI_ANNUAL ->
                "báo cáo 6 tháng có mã dạng năm-H1, ví dụ 2026-H1 (6 tháng cuối năm nằm trong báo cáo năm, "
                        + "không có kỳ năm-H2)";
            case ANNUAL -> "báo cáo năm có mã là năm gồm 4 chữ số, ví dụ 2026";
            default -> "mã gồm tối đa 41 ký tự là chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, "
                    + "bắt đầu bằng chữ cái hoặc chữ số, không có dấu gạch chéo, ví dụ 2026-SO-KET";
        };
    }

    /**
     * A reporting period: the data of the report are those from {@code cutOffFrom} to
     * {@code cutOffTo} (both included); the reporters' reports are due by the end of
     * {@code reportersDueDate}, the province's consolidated report by the end of
     * {@code dueDate}.
     */
    record Period(String code, RegimeKind kind, LocalDate cutOffFrom, LocalDate cutOffTo, LocalDate reportersDueDate,
            LocalDate dueDate) {
    }

}
