package vn.gov.oversight.escalation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ladder's durations (ISO-8601; days count working days, time-based values are plain time):
 * the reminder comes {@code reminderBefore} the due moment, the escalation {@code escalateAfter} it;
 * every waiting step is looked at every {@code tick} (an ISO repeating interval); the agency has
 * {@code accountabilityWithin} for an accountability report.
 */
@ConfigurationProperties("oversight.escalation")
record EscalationProperties(
        @DefaultValue("P2D") String reminderBefore,
        @DefaultValue("P5D") String escalateAfter,
        @DefaultValue("R/PT1H") String tick,
        @DefaultValue("P5D") String accountabilityWithin) {
}
