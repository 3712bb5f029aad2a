package vn.gov.oversight.inspection;

/**
 * The conclusion notice (or a supervision's recommendations) was signed and issued to the
 * agencies.
 */
public record ConclusionIssued(long inspectionId) {
}
