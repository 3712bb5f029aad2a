package vn.gov.oversight.assignment;

import java.util.Date;

import org.springframework.stereotype.Component;

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
    public Date taskDue(Object assignmentId) {
        long id = ((Number) assignmentId).longValue();
        Assignment assignment = store.find(id).orElseThrow(() -> new IllegalStateException("No assignment " + id));
        return Date.from(calendar.endOf(assignment.dueDate()).toInstant());
    }

    private Date due(String duration) {
        return Date.from(calendar.dueAfter(duration).toInstant());
    }
}
