package vn.gov.oversight.assignment;

/** The coordinator confirmed that an assignment is done, on time or late (ids only). */
public record AssignmentCompleted(long assignmentId) {
}
