package vn.gov.oversight.escalation;

import java.time.Instant;

/**
 * A rung of the ladder fired for a waiting step (published once per step occurrence and
 * rung). Ids and moments only: the module that owns the subject names the step as people
 * read it.
 */
public record StepRungFired(String subjectType, long subjectId, String stepKey, Rung rung, String agencyCode,
        Instant dueAt, Instant firedAt, Long escalationId) {
}
