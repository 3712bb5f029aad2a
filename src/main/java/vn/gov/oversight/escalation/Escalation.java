package vn.gov.oversight.escalation;

import java.time.Instant;
import java.time.LocalDate;

/** An escalation as the API shows it. */
public record Escalation(long id, String subjectType, long subjectId, int level, String agency, String planCode,
        String title, String stepKey, String stepLabel, Instant dueAt, LocalDate dueDate, Instant raisedAt,
        long daysOverdue, Status status, Decision decision, String directive, LocalDate newDueDate,
        String closeReason, String accountabilityReport, String decidedBy, Instant decidedAt,
        String subjectProcessInstanceId, String reviewProcessInstanceId) {

    public enum Status {
        /** Waiting for the steering committee. */
        OPEN,
        /** The agency head owes an accountability report. */
        AWAITING_REPORT,
        /** Decided (and reported, when asked). */
        CLOSED
    }

    public enum Decision {
        /** A written directive to the agency head. */
        DIRECT,
        /** A new due date for the waiting step. */
        EXTEND,
        /** The agency head reports on their accountability (kiểm điểm trách nhiệm). */
        ACCOUNTABILITY,
        /** Closed with a reason. */
        CLOSE,
        /** An ad hoc inspection of the agency is ordered (the inspection module opens it). */
        INSPECT
    }
}
