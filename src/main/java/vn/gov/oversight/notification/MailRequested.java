package vn.gov.oversight.notification;

/**
 * One mail to one person, published in the outbox: sent once its listener succeeds,
 * resubmitted until then. {@code key} names what the mail is about (with the person, it
 * is sent at most once).
 */
record MailRequested(String key, String userId, String email, String subject, String body) {
}
