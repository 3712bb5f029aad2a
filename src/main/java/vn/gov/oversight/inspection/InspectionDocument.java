package vn.gov.oversight.inspection;

import java.time.Instant;

/** An uploaded document of an inspection (its content is fetched separately). */
record InspectionDocument(long id, long inspectionId, Long findingId, String fileName, String contentType, long size,
        String sha256, String uploadedBy, Instant uploadedAt) {
}
