package vn.gov.oversight.assignment;

/** A task of a plan was given to its lead agency (ids only). */
public record AssignmentStarted(long assignmentId, String agencyCode) {
}
