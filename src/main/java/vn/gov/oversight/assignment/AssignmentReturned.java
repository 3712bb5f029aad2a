package vn.gov.oversight.assignment;

/**
 * The coordinator returned an agency's draft or completion report for revision (ids
 * only).
 */
public record AssignmentReturned(long assignmentId, String agencyCode, AssignmentStage stage) {
}
