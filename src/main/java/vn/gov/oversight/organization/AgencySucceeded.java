package vn.gov.oversight.organization;

import java.time.LocalDate;

/**
 * Published when a succession takes effect: the open work of {@code predecessorCode} now
 * belongs to {@code successorCode}. Modules that keep an agency on their own records move
 * their open records; history keeps the predecessor.
 */
record AgencySucceeded(String predecessorCode, String successorCode, LocalDate effectiveOn) {
}
