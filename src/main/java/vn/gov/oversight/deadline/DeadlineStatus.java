package vn.gov.oversight.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;

import vn.gov.oversight.system.PeopleDates;

/**
 * The status of anything with a deadline, in the words of the Government Office's
 * reports: done on time or late, open within the deadline, due soon, or overdue, with the
 * days overdue. Pure arithmetic on the moments it is given and the
 * {@link WorkingCalendar}; it reads no table and calls no engine.
 */
@Service
public class DeadlineStatus {

    /**
     * The statuses, with their Vietnamese label and default colour (green on time, orange
     * late or soon, red overdue).
     */
    public enum Status {

        DONE_ON_TIME("Hoàn thành đúng hạn", "green"), DONE_LATE("Hoàn thành quá hạn", "orange"),
        OPEN_WITHIN_DEADLINE("Chưa hoàn thành – trong hạn", "green"), OPEN_DUE_SOON("Sắp đến hạn", "orange"),
        OPEN_OVERDUE("Chưa hoàn thành – quá hạn", "red");

        private final String defaultLabel;

        private final String defaultColour;

        Status(String defaultLabel, String defaultColour) {
            this.defaultLabel = defaultLabel;
            this.defaultColour = defaultColour;
        }

        public String defaultLabel() {
            return defaultLabel;
        }

        public String defaultColour() {
            return defaultColour;
        }

        public boolean isDone() {
            return this == DONE_ON_TIME || this == DONE_LATE;
        }

    }

    /**
     * A judged deadline. {@code daysOverdue}: calendar days from the due date to the day
     * it was done (done late) or to today (open and overdue); 0 otherwise, and on the due
     * day itself.
     */
    public record Assessment(Status status, long daysOverdue, String label, String colour) {
    }

    private final WorkingCalendar calendar;

    private final DeadlineStatusProperties properties;

    private final Clock clock;

    private final ZoneId zone = PeopleDates.VIETNAM;

    DeadlineStatus(WorkingCalendar calendar, DeadlineStatusProperties properties, Clock clock) {
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
        // a wrong window should stop the start-up, not the first status page
        if (!WorkingCalendar.isDuration(properties.dueSoonWithin())) {
            throw new IllegalStateException(
                    "oversight.deadlines.due-soon-within is not an ISO-8601 duration: " + properties.dueSoonWithin());
        }
    }

    /** The status now. */
    public Assessment assess(Instant due, @Nullable Instant done) {
        return assess(due, done, clock.instant());
    }

    /**
     * The status at {@code now}: done (when {@code done} is given) on time when not after
     * {@code due}; open and due soon when {@code due} falls within the due-soon window
     * counted from {@code now}.
     */
    public Assessment assess(Instant due, @Nullable Instant done, Instant now) {
        return at(now).assess(due, done);
    }

    /**
     * A judge for many deadlines at one moment (a board, a list): the due-soon window is
     * counted on the working calendar once.
     */
    public Judge at(Instant now) {
        Objects.requireNonNull(now, "now");
        return new Judge(now, calendar.dueAfter(now, properties.dueSoonWithin()).toInstant());
    }

    /** Judges deadlines at one moment; see {@link #at(Instant)}. */
    public final class Judge {

        private final Instant now;

        private final Instant dueSoonUntil;

        private Judge(Instant now, Instant dueSoonUntil) {
            this.now = now;
            this.dueSoonUntil = dueSoonUntil;
        }

        /** The moment it judges at. */
        public Instant now() {
            return now;
        }

        /**
         * The end of the due-soon window: a deadline not after it is due soon (if not
         * passed).
         */
        public Instant dueSoonUntil() {
            return dueSoonUntil;
        }

        /**
         * The status: done (when {@code done} is given) on time when not after
         * {@code due}; open and due soon when {@code due} falls within the due-soon
         * window.
         */
        public Assessment assess(Instant due, @Nullable Instant done) {
            Objects.requireNonNull(due, "due");
            Status status;
            long daysOverdue = 0;
            if (done != null) {
                status = done.isAfter(due) ? Status.DONE_LATE : Status.DONE_ON_TIME;
                if (status == Status.DONE_LATE) {
                    daysOverdue = daysBetween(due, done);
                }
            }
            else if (now.isAfter(due)) {
                status = Status.OPEN_OVERDUE;
                daysOverdue = daysBetween(due, now);
            }
            else if (!due.isAfter(dueSoonUntil)) {
                status = Status.OPEN_DUE_SOON;
            }
            else {
                status = Status.OPEN_WITHIN_DEADLINE;
            }
            return new Assessment(status, daysOverdue, label(status), colour(status));
        }

        public String label(Status status) {
            return DeadlineStatus.this.label(status);
        }

        public String colour(Status status) {
            return DeadlineStatus.this.colour(status);
        }

    }

    public String label(Status status) {
        return properties.labels().getOrDefault(status, status.defaultLabel());
    }

    public String colour(Status status) {
        return properties.colours().getOrDefault(status, status.defaultColour());
    }

    private long daysBetween(Instant due, Instant later) {
        LocalDate dueDay = LocalDate.ofInstant(due, zone);
        return ChronoUnit.DAYS.between(dueDay, LocalDate.ofInstant(later, zone));
    }

}
