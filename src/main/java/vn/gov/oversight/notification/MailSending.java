package vn.gov.oversight.notification;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends one requested mail. Runs after the commit that requested it, from the outbox: if
 * the mail server refuses, the exception leaves the publication incomplete and it is
 * tried again later ({@link MailRetry}); a mail already recorded for its person is not
 * sent twice, even when two copies of its request run at once (the row is written first,
 * under a unique key, and the sending happens in the same transaction). Without a mail
 * server configured ({@code spring.mail.host}), the mail is kept unsent, readable in the
 * API.
 */
@Component
class MailSending {

    private static final Logger log = LoggerFactory.getLogger(MailSending.class);

    private final ObjectProvider<JavaMailSender> sender;

    private final NotificationStore store;

    private final NotificationProperties properties;

    private final Clock clock;

    MailSending(ObjectProvider<JavaMailSender> sender, NotificationStore store, NotificationProperties properties,
            Clock clock) {
        this.sender = sender;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MailRequested mail) {
        if (store.done(mail.key(), mail.userId())) {
            return;
        }
        JavaMailSender mailSender = sender.getIfAvailable();
        try {
            store.claim(mail, mailSender != null, clock.instant());
        }
        catch (DuplicateKeyException sentByAnother) {
            log.info("Mail '{}' to {} already sent by another attempt", mail.subject(), mail.userId());
            return;
        }
        if (mailSender != null) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.from());
            message.setTo(mail.email());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            mailSender.send(message);
            log.info("Mail '{}' sent to {}", mail.subject(), mail.userId());
        }
        else {
            log.debug("Mail '{}' to {} kept: no mail server configured (spring.mail.host)", mail.subject(),
                    mail.userId());
        }
    }

}
