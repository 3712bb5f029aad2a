package vn.gov.oversight.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An assignment as the API shows it. {@code outcome} is {@code DONE_ON_TIME} or
 * {@code DONE_LATE} once the coordinator has confirmed completion; a cancelled one has
 * none. {@code round} counts the rounds of a yearly or ongoing task (1 for the first, and
 * for a task due once); {@code awaitingReassignment} when a succession handed it back to
 * the coordinator to be given to another agency.
 */
public record Assignment(long id, long planId, String planCode, String taskCode, String taskTitle, String taskGroup,
        String agencyCode, List<String> coordinatingAgencies, String businessKey, String processInstanceId,
        AssignmentStage stage, String stageLabel, Instant stageDueAt, LocalDate dueDate, String officerUserId,
        LocalPlan localPlan, String draftSummary, String resultSummary, LocalDate completedOn, Outcome outcome,
        int round, LocalDate cancelledOn, String cancelReason, boolean awaitingReassignment) {

    /** Cancelled by an amendment of the plan: counted nowhere. */
    public boolean isCancelled() {
        return stage == AssignmentStage.CANCELLED;
    }

    /** Neither done, nor cancelled, nor handed on to several successors. */
    public boolean isOpen() {
        return !stage.isEnded();
    }

    public enum Outcome {

        DONE_ON_TIME, DONE_LATE

    }

    /** The agency's own implementation plan, once issued. */
    public record LocalPlan(String documentNumber, LocalDate issuedOn, String signer, String documentLink) {
    }

    /** One line of an assignment's history. */
    public record Event(Instant occurredAt, String kind, AssignmentStage stage, String actor, String agencyCode,
            String comment) {
    }

    /** An assignment with its history. */
    public record Details(Assignment assignment, List<Event> events) {
    }
}
