package vn.gov.oversight.escalation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.gov.oversight.deadline.WorkingCalendar;
import vn.gov.oversight.system.PeopleDates;

/**
 * When each rung of the ladder comes for a step due at a given moment (the moments of the
 * models' boundary timers, through {@link StepDeadlines}). Called from the models'
 * expressions ({@code ${escalationLadder.accountabilityDue()}}), hence public. "Now" is
 * the engine's clock, so that process tests can move it.
 */
@Component("escalationLadder")
public class EscalationLadder {

    private static final ZoneId ZONE = PeopleDates.VIETNAM;

    private final EscalationProperties properties;

    private final WorkingCalendar calendar;

    public EscalationLadder(String reminderBefore, String escalateAfter, String accountabilityWithin,
            String committeeWithin, WorkingCalendar calendar) {
        this(new EscalationProperties(reminderBefore, escalateAfter, accountabilityWithin, committeeWithin), calendar);
    }

    @org.springframework.beans.factory.annotation.Autowired
    EscalationLadder(EscalationProperties properties, WorkingCalendar calendar) {
        this.properties = properties;
        this.calendar = calendar;
    }

    /**
     * The tick of the earlier models' timeout listeners
     * ({@code ${escalationLadder.tick}}), kept for the instances still running on them:
     * see {@link PreviousModelsLadderListener}.
     */
    public String getTick() {
        return "R/PT1H";
    }

    /** The due moment of an accountability report asked for now. */
    public Date accountabilityDue() {
        return Date.from(calendar.dueAfter(now(), properties.accountabilityWithin()).toInstant());
    }

    /** The due moment of a step of the steering committee's own that begins now. */
    public Date committeeDue() {
        return Date.from(calendar.dueAfter(now(), properties.committeeWithin()).toInstant());
    }

    /**
     * How long the steering committee's own steps last (working days): re-arming after a
     * calendar correction.
     */
    public String committeeWithin() {
        return properties.committeeWithin();
    }

    public ZonedDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZONE);
    }

    /** When {@code rung} comes for a step due at {@code due}. */
    public ZonedDateTime rungAt(Rung rung, ZonedDateTime due) {
        return switch (rung) {
            case REMINDER -> before(due, properties.reminderBefore());
            case OVERDUE -> due;
            case ESCALATION -> calendar.dueAfter(due, properties.escalateAfter());
        };
    }

    /**
     * {@code duration} before {@code due}: days step back over working days to the start
     * of that day (a reminder two working days ahead comes at the beginning of the day);
     * time-based values are plain time.
     */
    private ZonedDateTime before(ZonedDateTime due, String duration) {
        String text = duration.trim().toUpperCase();
        if (text.contains("T")) {
            return due.minus(Duration.parse(text));
        }
        Period period = Period.parse(text);
        // a week is a working week, as WorkingCalendar counts it
        int days = text.contains("W") ? period.getDays() / 7 * 5 + period.getDays() % 7 : period.getDays();
        LocalDate day = due.withZoneSameInstant(ZONE).toLocalDate();
        for (int counted = 0; counted < days;) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day.atStartOfDay(ZONE);
    }

}
