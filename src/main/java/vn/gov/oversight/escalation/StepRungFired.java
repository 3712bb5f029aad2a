package vn.gov.oversight.escalation;

import java.time.Instant;

/** A rung of the ladder fired for a waiting step (published once per step occurrence and rung). */
public record StepRungFired(String subjectType, long subjectId, String stepKey, String stepLabel, Rung rung,
        String agencyCode, Instant dueAt, Instant firedAt, Long escalationId) {
}
