package vn.gov.oversight.escalation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The steering committee decided on an escalation; for {@code EXTEND}, the step is now
 * due on {@code newDueDate}.
 */
public record EscalationDecided(long escalationId, String subjectType, long subjectId, String stepKey,
        Escalation.Decision decision, String directive, LocalDate newDueDate, String decidedBy, Instant decidedAt) {
}
