package vn.gov.oversight.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.escalation.Escalation;
import vn.gov.oversight.escalation.EscalationTestSupport;
import vn.gov.oversight.escalation.Escalations;
import vn.gov.oversight.escalation.LadderSubject;
import vn.gov.oversight.support.Communes;
import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;
import vn.gov.oversight.support.Tasklist;

/**
 * The oversight pages in headless Chromium, as officials use them: the coordinator sees
 * the overdue commune in red and follows it to its task in Tasklist; the steering
 * committee decides from its inbox; the pages fit a phone's screen.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightBrowserTests {

    static final String COORDINATOR = "canbo.so-ldtbxh";
    static final String COMMITTEE = "truongban.bcd";
    static final String TITLE = "Rà soát hộ nghèo cuối năm xã Yên Thắng";

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    Escalations escalations;

    @Autowired
    TransactionTemplate transactions;

    String agency;

    String planCode;

    String processInstance;

    @BeforeAll
    void anOverdueCommune() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        agency = "ubnd-xa-yt-" + suffix;
        planCode = suffix + "/KH-UBND";
        Communes.create(port, agency, "UBND xã Yên Thắng " + suffix, null, null);
        Http.Response plan = Http.as(port, COORDINATOR)
            .post("/api/plans",
                    Map.of("code", planCode, "title", "Kế hoạch giảm nghèo bền vững", "issuingBody", "ubnd-tinh",
                            "issuedOn", "2022-01-10", "tasks", List.of(Map.of("code", "1", "title", TITLE,
                                    "leadAgencies", List.of(agency), "dueDate", "2022-12-31"))));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        JsonNode assignment = plan.json().path("assignments").get(0);
        processInstance = assignment.path("processInstanceId").asText();
        EscalationTestSupport.escalateLongOverdue(escalations, transactions, new LadderSubject("ASSIGNMENT",
                assignment.path("id").asLong(), "Task_AcknowledgeTask", agency, planCode, TITLE, "Chờ tiếp nhận"),
                processInstance);
    }

    @Test
    void theCoordinatorSeesTheOverdueCommuneInRedAndFollowsItToItsTask() {
        try (Tasklist browser = new Tasklist(port)) {
            browser.oversightLogIn(COORDINATOR, "demo");
            String board = browser.oversight("/oversight?plan=" + planCode);
            assertThat(board).contains("Bảng theo dõi thời hạn nhiệm vụ", "UBND xã Yên Thắng");
            String row = "tr[data-agency='" + agency + "']";
            assertThat(browser.property(row, "class")).isEqualTo("red");
            // the overdue number stands out in red on a light red ground
            assertThat(browser.property(row + " td.overdue", "css:background-color"))
                .isEqualTo("rgba(253, 231, 230, 1)");
            assertThat(browser.property(row + " td.overdue a", "css:color")).isEqualTo("rgba(179, 38, 30, 1)");

            assertThat(browser.follow(row + " a[data-count='OVERDUE']")).contains("/oversight/assignments",
                    "status=OVERDUE");
            assertThat(browser.pageText()).contains("Quá hạn", TITLE);
            Task waiting = tasks.createTaskQuery()
                .processInstanceId(processInstance)
                .active()
                .list()
                .stream()
                .min(Comparator.comparing(Task::getCreateTime))
                .orElseThrow();
            assertThat(browser.follow("a.act")).contains("/camunda/app/tasklist/default/", "task=" + waiting.getId());

            // Tasklist has its own login; once in, the coordinator reads the task the
            // link named
            browser.logIn(COORDINATOR, "demo").openTask(waiting.getId());
            assertThat(browser.formText()).contains(TITLE, planCode);
        }
    }

    @Test
    void theSteeringCommitteeDecidesFromItsInbox() {
        Escalation escalation = escalations.search(null, agency, planCode).get(0);
        try (Tasklist browser = new Tasklist(port)) {
            browser.oversightLogIn(COMMITTEE, "demo");
            String inbox = browser.oversight("/oversight/escalations");
            assertThat(inbox).contains("Việc chờ Ban Chỉ đạo quyết định", TITLE, "Nhắc việc", "Thông báo quá hạn");
            String card = "article[data-escalation='" + escalation.id() + "']";
            String review = browser.follow(card + " a.button");
            assertThat(review).contains("/camunda/app/tasklist/default/", "task=");
            String taskId = review.substring(review.indexOf("task=") + 5);

            browser.logIn(COMMITTEE, "demo").openTask(taskId).claim();
            assertThat(browser.formText()).contains(TITLE);
            browser.choose("Field_Decision", "Chỉ đạo thủ trưởng cơ quan")
                .type("Field_Directive", "Hoàn thành rà soát và báo cáo trước ngày 20")
                .complete();

            await().atMost(Duration.ofSeconds(10))
                .until(() -> escalations.find(escalation.id()).orElseThrow().status() == Escalation.Status.CLOSED);
            browser.oversightLogIn(COMMITTEE, "demo");
            browser.oversight("/oversight/escalations");
            assertThat(
                    browser.property("#decided-escalations tr[data-escalation='" + escalation.id() + "']", "innerText"))
                .contains("Chỉ đạo", "Hoàn thành rà soát và báo cáo trước ngày 20", COMMITTEE);
            assertThat(browser.contains(card)).isFalse();
        }
    }

    @Test
    void thePagesFitAPhone() {
        try (Tasklist browser = new Tasklist(port)) {
            browser.phone(390, 844).oversightLogIn(COORDINATOR, "demo");
            for (String page : List.of("/oversight", "/oversight/assignments?status=OPEN",
                    "/oversight/agencies/" + agency, "/oversight/escalations", "/oversight/progress")) {
                browser.oversight(page);
                assertThat(browser.viewportWidth()).isEqualTo(390);
                assertThat(browser.sidewaysOverflow()).as("%s is wider than a phone", page).isLessThanOrEqualTo(0);
            }
        }
    }

}
