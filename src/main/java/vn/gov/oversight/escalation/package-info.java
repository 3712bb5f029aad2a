/**
 * Escalation: the deadline ladder on every waiting step (a reminder before the due date,
 * an overdue notice at it, an escalation to the steering committee when still open a
 * while after) and the steering committee's review of escalations
 * ({@code bpmn/escalation-review.bpmn}): direct, extend, call for accountability, or
 * close. A process puts a step on the ladder in its model: the task's extension property
 * {@code deadline} holds the rule of its due moment, its due date is
 * {@code ${stepDeadlines.dueAt(execution)}}, and three non-interrupting boundary timers
 * ({@code ${stepDeadlines.rungAt(execution, 'REMINDER' | 'OVERDUE' | 'ESCALATION')}})
 * lead to the service tasks "Nhắc hạn", "Thông báo quá hạn" and "Chuyển Ban Chỉ đạo"
 * ({@code ${sendReminderDelegate}}, {@code ${sendOverdueNoticeDelegate}},
 * {@code ${escalateToSteeringCommitteeDelegate}}). The due moment of each step occurrence
 * is kept in table {@code step_deadline} ({@link StepDeadlines}); moving it re-arms the
 * timers. The module that owns the process says what the step is about through a
 * {@link LadderSubjects} bean, and how long it lasts, so that a correction of the holiday
 * calendar re-arms the steps counted with the old days.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Escalation")
package vn.gov.oversight.escalation;
