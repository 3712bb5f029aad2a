package vn.gov.oversight.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.gov.oversight.system.InvalidInputException.FieldProblem;

/**
 * What a year of the holiday calendar must satisfy, whether it comes from an
 * administrator or from the shipped file. Every problem is reported at once, naming the
 * field as the client sent it ({@code daysOff[2].date}).
 */
final class CalendarYearRules {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int MAX_SOURCE = 500;
    static final int MAX_NAME = 255;

    private static final String[] WEEKDAYS = { "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy",
            "Chủ nhật" };

    private CalendarYearRules() {
    }

    static List<FieldProblem> check(int year, CalendarYear.Draft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new FieldProblem("year", "Năm " + year + " nằm ngoài khoảng " + FIRST_YEAR + "–" + LAST_YEAR));
            return problems;
        }
        String source = draft.source();
        if (source == null || source.isBlank()) {
            problems.add(new FieldProblem("source",
                    "Căn cứ của lịch năm " + year + " là bắt buộc (ví dụ: số thông báo nghỉ lễ, Tết của Chính phủ)"));
        }
        else if (source.trim().length() > MAX_SOURCE) {
            problems.add(new FieldProblem("source", "Căn cứ dài quá " + MAX_SOURCE + " ký tự"));
        }
        Map<LocalDate, String> daysOff = new HashMap<>();
        if (draft.daysOff() == null) {
            problems.add(new FieldProblem("daysOff",
                    "Danh sách ngày nghỉ là bắt buộc; gửi [] nếu năm không có ngày nghỉ nào"));
        }
        else {
            checkEntries(year, "daysOff", "ngày nghỉ", draft.daysOff(), daysOff, problems);
        }
        Map<LocalDate, String> workingDays = new HashMap<>();
        List<CalendarYear.Entry> working = draft.workingDays() == null ? List.of() : draft.workingDays();
        checkEntries(year, "workingDays", "ngày làm bù", working, workingDays, problems);
        for (int i = 0; i < working.size(); i++) {
            String field = "workingDays[" + i + "].date";
            LocalDate day = working.get(i) == null ? null : working.get(i).date();
            if (day == null || !field.equals(workingDays.get(day))) {
                continue; // missing, outside the year or a repeat: already reported
            }
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
                problems.add(new FieldProblem(field, "Ngày làm bù " + format(day) + " là " + weekday(day)
                        + ": chỉ thứ Bảy hoặc Chủ nhật mới có thể đổi thành ngày làm việc"));
            }
            if (daysOff.containsKey(day)) {
                problems.add(new FieldProblem(field, "Ngày " + format(day) + " đã là ngày nghỉ (" + daysOff.get(day)
                        + "): một ngày không thể vừa nghỉ vừa làm bù"));
            }
        }
        return problems;
    }

    private static void checkEntries(int year, String list, String what, List<CalendarYear.Entry> entries,
            Map<LocalDate, String> seen, List<FieldProblem> problems) {
        for (int i = 0; i < entries.size(); i++) {
            String field = list + "[" + i + "]";
            CalendarYear.Entry entry = entries.get(i);
            if (entry == null) {
                problems.add(new FieldProblem(field, "Mục thứ " + (i + 1) + " của danh sách " + what + " bị trống"));
                continue;
            }
            LocalDate day = entry.date();
            if (day == null) {
                problems.add(new FieldProblem(field + ".date", "Ngày của " + what + " là bắt buộc"));
            }
            else if (day.getYear() != year) {
                problems.add(new FieldProblem(field + ".date", "Ngày " + format(day) + " không thuộc năm " + year));
            }
            else if (seen.containsKey(day)) {
                problems.add(new FieldProblem(field + ".date",
                        "Ngày " + format(day) + " đã có trong danh sách " + what + " (" + seen.get(day) + ")"));
            }
            else {
                seen.put(day, field + ".date");
            }
            String name = entry.name();
            if (name == null || name.isBlank()) {
                problems.add(new FieldProblem(field + ".name",
                        "Tên " + what + (day != null ? " " + format(day) : "") + " là bắt buộc"));
            }
            else if (name.trim().length() > MAX_NAME) {
                problems.add(new FieldProblem(field + ".name", "Tên " + what + " dài quá " + MAX_NAME + " ký tự"));
            }
        }
    }

    /**
     * A date as Vietnamese documents write it: 02/5/2025, 27/01/2025 (a zero before
     * January and February).
     */
    static String format(LocalDate day) {
        String month = day.getMonthValue() <= 2 ? String.format("%02d", day.getMonthValue())
                : String.valueOf(day.getMonthValue());
        return String.format("%02d/%s/%d", day.getDayOfMonth(), month, day.getYear());
    }

    static String weekday(LocalDate day) {
        return WEEKDAYS[day.getDayOfWeek().getValue() - 1];
    }

}
