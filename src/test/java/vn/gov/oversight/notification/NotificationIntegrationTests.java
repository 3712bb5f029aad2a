package vn.gov.oversight.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import vn.gov.oversight.escalation.EscalationTestSupport;
import vn.gov.oversight.escalation.Escalations;
import vn.gov.oversight.escalation.LadderSubject;
import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;
import vn.gov.oversight.support.TestMailServer;

/** Mails really sent to a real SMTP server, and not lost while it is down. */
@IntegrationTest
class NotificationIntegrationTests {

    static final String COORDINATOR = "canbo.so-ldtbxh";

    @LocalServerPort
    int port;

    @Autowired
    Escalations escalations;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MailSending mailSending;

    @Autowired
    @Qualifier("taskExecutor")
    ThreadPoolTaskExecutor listeners;

    @AfterEach
    void serverUp() {
        TestMailServer.start();
    }

    JsonNode plan(String agency) {
        String code = "TB" + UUID.randomUUID().toString().substring(0, 6) + "/KH-UBND";
        Http.Response created = Http.as(port, COORDINATOR)
            .post("/api/plans", Map.of("code", code, "title", "Kế hoạch thử thư điện tử", "issuingBody", "ubnd-tinh",
                    "issuedOn", "2026-01-05", "tasks", List.of(Map.of("code", "1", "title", "Rà soát hộ nghèo " + code,
                            "leadAgencies", List.of(agency), "dueDate", LocalDate.now().plusDays(60).toString()))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    @Test
    void anAssignmentIsMailedToTheAgencyAndEachPersonSeesWhatWasSentToThem() {
        JsonNode plan = plan("ubnd-yen-mo");
        String title = "Rà soát hộ nghèo " + plan.path("code").asText();

        await().atMost(Duration.ofSeconds(30))
            .until(() -> mailsTo("canbo.ubnd-yen-mo@oversight.local", title) == 1
                    && mailsTo("thutruong.ubnd-yen-mo@oversight.local", title) == 1);
        MimeMessage mail = mail("canbo.ubnd-yen-mo@oversight.local", title);
        assertThat(subject(mail)).isEqualTo("[Giao nhiệm vụ] " + title);
        String acknowledge = tasks.createTaskQuery()
            .processInstanceId(plan.path("assignments").get(0).path("processInstanceId").asText())
            .singleResult()
            .getId();
        // the link opens the task itself
        assertThat(body(mail)).contains("UBND huyện Yên Mô được giao nhiệm vụ 1",
                "/camunda/app/tasklist/default/#/?task=" + acknowledge);
        // the agency's officer reads it in the API; another agency's officer does not
        assertThat(Http.as(port, "canbo.ubnd-yen-mo").get("/api/notifications").json().findValuesAsText("subject"))
            .contains("[Giao nhiệm vụ] " + title);
        assertThat(Http.as(port, "canbo.so-y-te").get("/api/notifications").json().findValuesAsText("subject"))
            .doesNotContain("[Giao nhiệm vụ] " + title);
    }

    @Test
    void withTheMailServerDownEscalationsHappenAndTheirMailsGoOutWhenItReturns() {
        JsonNode plan = plan("ubnd-kim-son");
        JsonNode assignment = plan.path("assignments").get(0);
        await().atMost(Duration.ofSeconds(30))
            .until(() -> mailsTo("thutruong.ubnd-kim-son@oversight.local", plan.path("code").asText()) == 1);

        // when the mail server is down, the step is escalated all the same
        TestMailServer.stop();
        EscalationTestSupport.escalateLongOverdue(escalations, transactions,
                new LadderSubject("ASSIGNMENT", assignment.path("id").asLong(), "Task_AcknowledgeTask", "ubnd-kim-son",
                        plan.path("code").asText(), "Rà soát hộ nghèo", "Chờ tiếp nhận"),
                assignment.path("processInstanceId").asText());
        assertThat(escalations.search(null, "ubnd-kim-son", plan.path("code").asText())).hasSize(1);

        // its mails were tried while the server was down: they wait in the outbox
        long assignmentId = assignment.path("id").asLong();
        await().atMost(Duration.ofSeconds(30))
            .until(() -> idle(listeners) && mailsWaiting(assignmentId, "OVERDUE") > 0
                    && mailsWaiting(assignmentId, "ESCALATION") > 0);

        // and when it is back, the mails that waited go out, once: none waits any more,
        // so
        // none can go out again
        TestMailServer.start();
        await().atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> mailsWaiting(assignmentId, "OVERDUE") + mailsWaiting(assignmentId, "ESCALATION") == 0
                    && idle(listeners));
        assertThat(mailsTo("truongban.bcd@oversight.local", "[Chuyển Ban Chỉ đạo]")).isEqualTo(1);
        assertThat(mailsTo("thutruong.ubnd-kim-son@oversight.local", "[Quá hạn]")).isEqualTo(1);
        String review = tasks.createTaskQuery()
            .processInstanceId(escalations.search(null, "ubnd-kim-son", plan.path("code").asText())
                .get(0)
                .reviewProcessInstanceId())
            .singleResult()
            .getId();
        assertThat(body(mail("truongban.bcd@oversight.local", "[Chuyển Ban Chỉ đạo]"))).contains("UBND huyện Kim Sơn",
                "đã được chuyển Ban Chỉ đạo", "?task=" + review);
    }

    @Test
    void twoCopiesOfOneMailRequestRunningAtOnceSendOneMail() {
        // as when the retry resubmits a request still waiting in the listeners' queue, or
        // two nodes retry the same one: both copies start together
        String key = "test/" + UUID.randomUUID();
        MailRequested request = new MailRequested(key, "canbo.ubnd-hoa-lu", "canbo.ubnd-hoa-lu@oversight.local",
                "[Thử] một thư " + key, "Một thư, gửi một lần.");
        for (int copy = 0; copy < 4; copy++) {
            mailSending.on(request); // asynchronous: each copy on a listener thread or
                                     // queued
        }

        await().atMost(Duration.ofSeconds(30))
            .until(() -> idle(listeners) && jdbc
                .queryForObject("select count(*) from notification_mail where mail_key = ?", Long.class, key) == 1);
        assertThat(mailsTo("canbo.ubnd-hoa-lu@oversight.local", key)).isEqualTo(1);
    }

    /**
     * The mails of one rung of an assignment's ladder still in the outbox (Spring
     * Modulith's publications for the mail sender not yet completed).
     */
    private long mailsWaiting(long assignmentId, String rung) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null"
                        + " and listener_id like '%MailSending%' and serialized_event like ?",
                Long.class, "%\"rung/ASSIGNMENT/" + assignmentId + "/%/" + rung + "/%");
    }

    /** No event listener running or queued. */
    private static boolean idle(ThreadPoolTaskExecutor executor) {
        return executor.getActiveCount() == 0 && executor.getThreadPoolExecutor().getQueue().isEmpty();
    }

    private static long mailsTo(String address, String subjectPart) {
        return Arrays.stream(TestMailServer.received())
            .filter(mail -> to(mail).contains(address) && subject(mail).contains(subjectPart))
            .count();
    }

    private static MimeMessage mail(String address, String subjectPart) {
        return Arrays.stream(TestMailServer.received())
            .filter(mail -> to(mail).contains(address) && subject(mail).contains(subjectPart))
            .findFirst()
            .orElseThrow();
    }

    private static String to(MimeMessage mail) {
        try {
            return Arrays.toString(mail.getRecipients(Message.RecipientType.TO));
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
