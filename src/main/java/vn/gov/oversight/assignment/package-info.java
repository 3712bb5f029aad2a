/**
 * Assignment: one task of a plan given to one lead agency, carried by the
 * {@code taskAssignment} process ({@code bpmn/task-assignment.bpmn}): acknowledge, draft
 * the local implementation plan (coordinating agencies contribute), coordinator review,
 * issue, carry out and report, coordinator confirmation. The state of every assignment
 * (stage, due dates, done date and outcome) and its history of events live in the
 * module's tables, so that they can be queried without walking the engine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assignment")
package vn.gov.oversight.assignment;
