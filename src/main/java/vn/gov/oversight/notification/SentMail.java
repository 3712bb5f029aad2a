package vn.gov.oversight.notification;

import java.time.Instant;

/**
 * A mail to a person as they see it: delivered, or still waiting for the mail server (the
 * outbox retries).
 */
record SentMail(String subject, String body, String email, boolean delivered, Instant sentAt) {
}
