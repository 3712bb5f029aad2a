package vn.gov.oversight.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Table {@code notification_mail}: what was sent (or kept, without a mail server) to
 * whom.
 */
@Repository
class NotificationStore {

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean done(String key, String userId) {
        return jdbc.sql("select count(*) from notification_mail where mail_key = ? and user_id = ?")
            .params(key, userId)
            .query(Long.class)
            .single() > 0;
    }

    /**
     * Records the mail before it is sent, as this sender's: a second copy of the same
     * request (resubmitted by the retry while the first still waited in the listeners'
     * queue, or run on another node) waits on the row's unique key until the first's
     * transaction ends, then fails with
     * {@link org.springframework.dao.DuplicateKeyException} and sends nothing. In a
     * savepoint, so that the caller's transaction survives that failure. If the sending
     * fails, the row goes with the caller's rollback.
     */
    @Transactional(propagation = Propagation.NESTED)
    void claim(MailRequested mail, boolean delivered, Instant at) {
        jdbc.sql("""
                insert into notification_mail (mail_key, user_id, email, subject, body, delivered, sent_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
            .params(mail.key(), mail.userId(), mail.email(), mail.subject(), mail.body(), delivered,
                    OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
            .update();
    }

    /** A mail as its recipient reads it in the API. */
    List<SentMail> of(String userId) {
        return jdbc.sql("""
                select subject, body, email, delivered, sent_at from notification_mail where user_id = ?
                 order by sent_at desc, id desc limit 200""")
            .param(userId)
            .query((rs, n) -> new SentMail(rs.getString("subject"), rs.getString("body"), rs.getString("email"),
                    rs.getBoolean("delivered"), rs.getTimestamp("sent_at").toInstant()))
            .list();
    }

}
