package vn.gov.oversight.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.gov.oversight.assignment.Assignment;

/**
 * A plan as the API shows it, with its tasks and, when asked, the assignments it started
 * and how far their roll-out has come ({@code rollOut}: assignments started of those
 * planned; see {@link PlanRollOut}).
 */
record Plan(long id, String code, String title, String issuingBody, LocalDate issuedOn, String directive,
        Instant createdAt, String createdBy, List<Task> tasks, List<AssignmentSummary> assignments,
        PlanRollOut.Progress rollOut) {

    /** The same plan with these assignments and roll-out. */
    Plan with(List<AssignmentSummary> assignments, PlanRollOut.Progress rollOut) {
        return new Plan(id, code, title, issuingBody, issuedOn, directive, createdAt, createdBy, tasks, assignments,
                rollOut);
    }

    /**
     * A task; {@code outsideCoordinators} are coordinating bodies outside the directory,
     * named, never assigned.
     */
    record Task(String code, String title, String group, List<String> leadAgencies, List<String> coordinatingAgencies,
            LocalDate dueDate, Recurrence recurrence, String output, List<String> outsideCoordinators) {
    }

    /** One assignment started by the plan: a task for one lead agency. */
    record AssignmentSummary(long id, String taskCode, String agency, String processInstanceId, LocalDate dueDate,
            String stage, String stageLabel, String outcome) {

        static AssignmentSummary of(Assignment assignment) {
            return new AssignmentSummary(assignment.id(), assignment.taskCode(), assignment.agencyCode(),
                    assignment.processInstanceId(), assignment.dueDate(), assignment.stage().name(),
                    assignment.stageLabel(), assignment.outcome() == null ? null : assignment.outcome().name());
        }
    }
}
