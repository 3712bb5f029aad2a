package vn.gov.oversight.deadline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * One year of the holiday calendar as the API shows it: where its data comes from
 * ({@code source}, a note in Vietnamese), who changed it last (null: loaded from the
 * shipped file), its days off (weekdays only matter) and its swapped working days
 * (Saturdays or Sundays).
 */
record CalendarYear(int year, String source, Instant updatedAt, String updatedBy, List<Entry> daysOff,
        List<Entry> workingDays) {

    /**
     * A day of the calendar and what it is, in Vietnamese ("Tết Nguyên đán (mùng 1)",
     * "Làm bù cho ngày 02/5/2025").
     */
    record Entry(LocalDate date, String name) {
    }

    /**
     * What an administrator sends to replace a year, and what the shipped file holds for
     * each year.
     */
    record Draft(String source, List<Entry> daysOff, List<Entry> workingDays) {

        /**
         * SHA-256 (hex) of the source and the days in date order: equal for equal content
         * however the days were listed, so that a shipped year is replaced only when the
         * file's content changed.
         */
        String fingerprint() {
            StringBuilder text = new StringBuilder(source).append('\n');
            append(text, "OFF", daysOff);
            append(text, "WORK", workingDays);
            try {
                return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
            }
            catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }

        private static void append(StringBuilder text, String kind, List<Entry> entries) {
            entries.stream()
                .sorted(Comparator.comparing(Entry::date))
                .forEach(entry -> text.append(kind)
                    .append(' ')
                    .append(entry.date())
                    .append(' ')
                    .append(entry.name())
                    .append('\n'));
        }
    }

    /** The year's content as a draft, to compare it with the shipped file's. */
    Draft draft() {
        return new Draft(source, daysOff, workingDays);
    }
}
