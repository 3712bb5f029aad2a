package vn.gov.oversight.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan's versions as the API shows them: the plan as issued (version 0) and each
 * amendment, with what it changed; and whether agencies' drafts go to the coordinator for
 * review.
 */
record PlanVersions(long planId, String code, boolean reviewLocalPlans, List<Version> versions) {

    /** The original (version 0, no changes) or an amendment. */
    record Version(int version, String number, LocalDate issuedOn, String summary, Instant createdAt, String createdBy,
            List<Change> changes) {
    }

    /**
     * One change of an amendment: {@code kind} is ADD_TASK, CANCEL_TASK, MOVE_DEADLINE or
     * CHANGE_LEAD_AGENCY.
     */
    record Change(String kind, String taskCode, String description) {
    }
}
