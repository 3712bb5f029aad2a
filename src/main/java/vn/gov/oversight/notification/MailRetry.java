package vn.gov.oversight.notification;

import java.time.Duration;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries again what a listener could not finish (a mail server that was down), every so
 * often.
 */
@Component
class MailRetry {

    private final IncompleteEventPublications incomplete;

    private final NotificationProperties properties;

    MailRetry(IncompleteEventPublications incomplete, NotificationProperties properties) {
        this.incomplete = incomplete;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${oversight.notification.retry-every:PT1M}",
            initialDelayString = "${oversight.notification.retry-every:PT1M}")
    void retry() {
        // only publications older than one period: a fresh one may still be on its first
        // attempt
        incomplete.resubmitIncompletePublicationsOlderThan(properties.retryEvery());
    }

}
