/**
 * Escalation: the deadline ladder on every waiting step (a reminder before the due date, an overdue
 * notice at it, an escalation to the steering committee when still open a while after) and the steering
 * committee's review of escalations ({@code bpmn/escalation-review.bpmn}): direct, extend, call for
 * accountability, or close. A process puts a step on the ladder with a timeout task listener
 * ({@code ${deadlineLadderListener}}, a cycle of {@code ${escalationLadder.tick}}) on the waiting task and
 * the step's due moment in the task's local variable {@value EscalationLadder#STEP_DUE_AT}; the module that
 * owns the process says what the step is about through a {@link LadderSubjects} bean, and how long it lasts,
 * so that a correction of the holiday calendar re-arms the steps counted with the old days.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Escalation")
package vn.gov.oversight.escalation;
