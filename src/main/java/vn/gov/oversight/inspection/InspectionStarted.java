package vn.gov.oversight.inspection;

/** An inspection's team started work: the inspected agencies are told (notification). */
public record InspectionStarted(long inspectionId) {
}
