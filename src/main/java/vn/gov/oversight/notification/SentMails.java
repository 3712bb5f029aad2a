package vn.gov.oversight.notification;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What was sent to a person, newest first (the last 200), for the API and the pages. */
@Service
public class SentMails {

    private final NotificationStore store;

    SentMails(NotificationStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public List<SentMail> to(String userId) {
        return store.of(userId);
    }

}
