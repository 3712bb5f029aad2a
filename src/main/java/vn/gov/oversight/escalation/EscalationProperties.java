package vn.gov.oversight.escalation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ladder's durations (ISO-8601; days count working days, time-based values are plain time):
 * the reminder comes {@code reminderBefore} the due moment, the escalation {@code escalateAfter} it (the
 * models' boundary timers); the agency has {@code accountabilityWithin} for an accountability report.
 */
@ConfigurationProperties("oversight.escalation")
record EscalationProperties(
        @DefaultValue("P2D") String reminderBefore,
        @DefaultValue("P5D") String escalateAfter,
        @DefaultValue("P5D") String accountabilityWithin) {
}
