package vn.gov.oversight.assignment;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.oversight.assignment.TaskAssignmentProcess.Elements;
import vn.gov.oversight.deadline.WorkingCalendar;

/**
 * (Public because the engine's expression language only calls methods of public classes.)
 * The due dates of the steps, called from the model's {@code camunda:dueDate} expressions
 * ({@code ${assignmentDeadlines.acknowledgeDue()}}) when each task is created.
 */
@Component("assignmentDeadlines")
public class AssignmentDeadlines {

    private final WorkingCalendar calendar;

    private final DeadlineProperties durations;

    private final AssignmentStore store;

    AssignmentDeadlines(WorkingCalendar calendar, DeadlineProperties durations, AssignmentStore store) {
        this.calendar = calendar;
        this.durations = durations;
        this.store = store;
    }

    public Date acknowledgeDue() {
        return due(durations.acknowledgeWithin());
    }

    public Date draftDue() {
        return due(durations.draftPlanWithin());
    }

    public Date reviewDue() {
        return due(durations.reviewWithin());
    }

    public Date contributionDue() {
        return due(durations.contributeWithin());
    }

    public Date issueDue() {
        return due(durations.issuePlanWithin());
    }

    /** The plan's deadline for the task, at the end of that day. */
    public Date taskDue(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        long id = store.idOf(businessKey)
            .orElseThrow(() -> new IllegalStateException("No assignment for business key " + businessKey));
        Assignment assignment = store.find(id).orElseThrow(() -> new IllegalStateException("No assignment " + id));
        return Date.from(calendar.endOf(assignment.dueDate()).toInstant());
    }

    /**
     * The duration a step's due moment is counted with from the step's start, as the
     * model's expressions above use it; empty for the carrying-out step, due on the
     * plan's date.
     */
    Optional<String> durationOf(String taskDefinitionKey) {
        return Optional.ofNullable(switch (taskDefinitionKey) {
            case Elements.TASK_ACKNOWLEDGE_TASK -> durations.acknowledgeWithin();
            case Elements.TASK_DRAFT_LOCAL_PLAN -> durations.draftPlanWithin();
            case Elements.TASK_REVIEW_DRAFT, Elements.TASK_CONFIRM_COMPLETION -> durations.reviewWithin();
            case Elements.TASK_CONTRIBUTE_TO_DRAFT -> durations.contributeWithin();
            case Elements.TASK_ISSUE_LOCAL_PLAN -> durations.issuePlanWithin();
            default -> null;
        });
    }

    private Date due(String duration) {
        return Date.from(calendar.dueAfter(duration).toInstant());
    }

}
