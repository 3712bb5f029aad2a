/**
 * Notification: e-mail to the people concerned when a task is assigned, a deadline comes
 * near or passes, a step is escalated to the steering committee, the committee decides,
 * or the coordinator returns work for revision. Listens to the other modules' events;
 * each mail is a publication in Spring Modulith's event publication registry (the
 * outbox), so a mail server that is down delays mail and never loses it nor rolls back
 * the process; the mails sent are kept so that each person can read what was sent to them
 * ({@code GET /api/notifications}). Nobody imports this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package vn.gov.oversight.notification;
