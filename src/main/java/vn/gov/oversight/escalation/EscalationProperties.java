package vn.gov.oversight.escalation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ladder's durations (ISO-8601; days count working days, time-based values are plain
 * time): the reminder comes {@code reminderBefore} the due moment, the escalation
 * {@code escalateAfter} it (the models' boundary timers); the agency has
 * {@code accountabilityWithin} for an accountability report; the steering committee's own
 * steps (its review of an escalation, its receipt of the province's review report) are
 * due {@code committeeWithin} after they begin, reminded before and at the due moment,
 * with no rung above.
 */
@ConfigurationProperties("oversight.escalation")
record EscalationProperties(@DefaultValue("P2D") String reminderBefore, @DefaultValue("P5D") String escalateAfter,
        @DefaultValue("P5D") String accountabilityWithin, @DefaultValue("P10D") String committeeWithin) {
}
