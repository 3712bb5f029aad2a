package vn.gov.oversight.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.escalation.EscalationTestSupport;
import vn.gov.oversight.escalation.Escalations;
import vn.gov.oversight.escalation.LadderSubject;
import vn.gov.oversight.support.Communes;
import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;
import vn.gov.oversight.support.PageSession;
import vn.gov.oversight.support.PageSession.Page;

/**
 * The oversight pages as each role sees them: the same numbers as the JSON API, the
 * overdue highlighted and linked to the waiting task, and nothing of another agency for
 * an agency's members.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightPagesIntegrationTests {

    static final String COORDINATOR = "canbo.so-ldtbxh";
    static final String COMMITTEE = "truongban.bcd";
    static final String PASSWORD = "Bao-cao-dung-han-2026";
    static final String FIRST_GROUP = "I. Rà soát hộ nghèo";
    static final String SECOND_GROUP = "II. Hỗ trợ sinh kế";

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    Escalations escalations;

    @Autowired
    TransactionTemplate transactions;

    String suffix;

    String agencyA;

    String agencyB;

    String headA;

    String headB;

    String planCode;

    JsonNode plan;

    @BeforeAll
    void twoCommunesWithAPlan() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        agencyA = "ubnd-xa-a-" + suffix;
        agencyB = "ubnd-xa-b-" + suffix;
        headA = "chutich." + agencyA;
        headB = "chutich." + agencyB;
        Communes.create(port, agencyA, "UBND xã An Bình " + suffix, headA, PASSWORD);
        Communes.create(port, agencyB, "UBND xã Bạch Long " + suffix, headB, PASSWORD);
        planCode = suffix + "/KH-UBND";
        String future = LocalDate.now().plusDays(90).toString();
        Map<String, Object> body = new HashMap<>();
        body.put("code", planCode);
        body.put("title", "Kế hoạch giảm nghèo bền vững");
        body.put("issuingBody", "ubnd-tinh");
        body.put("issuedOn", "2022-01-10");
        body.put("tasks",
                List.of(Map.of("code", "1", "title", "Rà soát hộ nghèo xã An Bình", "group", FIRST_GROUP,
                        "leadAgencies", List.of(agencyA), "dueDate", "2022-12-31"),
                        Map.of("code", "2", "title", "Hỗ trợ sinh kế xã An Bình", "group", SECOND_GROUP, "leadAgencies",
                                List.of(agencyA), "dueDate", future),
                        Map.of("code", "3", "title", "Hỗ trợ sinh kế xã Bạch Long", "group", SECOND_GROUP,
                                "leadAgencies", List.of(agencyB), "dueDate", future)));
        Http.Response created = Http.as(port, COORDINATOR).post("/api/plans", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        plan = created.json();
        // each commune has an escalation before the steering committee
        escalate(agencyA, "1", "Rà soát hộ nghèo xã An Bình");
        escalate(agencyB, "3", "Hỗ trợ sinh kế xã Bạch Long");
    }

    JsonNode assignment(String taskCode) {
        for (JsonNode assignment : plan.path("assignments")) {
            if (assignment.path("taskCode").asText().equals(taskCode)) {
                return assignment;
            }
        }
        throw new AssertionError(taskCode);
    }

    void escalate(String agency, String taskCode, String title) {
        JsonNode assignment = assignment(taskCode);
        EscalationTestSupport.escalateLongOverdue(
                escalations, transactions, new LadderSubject("ASSIGNMENT", assignment.path("id").asLong(),
                        "Task_AcknowledgeTask", agency, planCode, title, "Chờ tiếp nhận"),
                assignment.path("processInstanceId").asText());
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static JsonNode apiRow(JsonNode board, String agency) {
        for (JsonNode row : board.path("agencies")) {
            if (row.path("agency").asText().equals(agency)) {
                return row;
            }
        }
        return null;
    }

    /** Every number of the page's row equals the API's row. */
    static void sameNumbers(String pageRow, JsonNode apiRow) {
        assertThat(pageRow).isNotNull();
        assertThat(apiRow).isNotNull();
        assertThat(Page.count(pageRow, "OPEN")).isEqualTo(apiRow.path("open").asLong());
        assertThat(Page.count(pageRow, "DUE_SOON")).isEqualTo(apiRow.path("dueSoon").asLong());
        assertThat(Page.count(pageRow, "OVERDUE")).isEqualTo(apiRow.path("overdue").asLong());
        assertThat(Page.count(pageRow, "DONE_ON_TIME")).isEqualTo(apiRow.path("doneOnTime").asLong());
        assertThat(Page.count(pageRow, "DONE_LATE")).isEqualTo(apiRow.path("doneLate").asLong());
        assertThat(Page.count(pageRow, "ESCALATED")).isEqualTo(apiRow.path("escalated").asLong());
        assertThat(Page.count(pageRow, "OVERDUE_REMEDIATIONS")).isEqualTo(apiRow.path("overdueRemediations").asLong());
    }

    @Test
    void aStrangerIsSentToTheLoginFormInVietnamese() {
        PageSession stranger = PageSession.anonymous(port);
        Page board = stranger.get("/oversight");
        assertThat(board.status()).isEqualTo(302);
        assertThat(board.location()).endsWith("/login");
        Page form = stranger.get("/login");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("lang=\"vi\"", "Đăng nhập", "Tên đăng nhập", "Mật khẩu");
        assertThat(form.contentSecurityPolicy()).contains("default-src 'self'", "frame-ancestors 'none'");

        // (someone unknown: a person's wrong password would delay their next login, in
        // the other tests too)
        Page refused = stranger.submitLogin("khongco." + suffix, "not-the-password");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).endsWith("/login?error");
        assertThat(stranger.get("/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(stranger.get("/oversight").status()).isEqualTo(302);

        // a form posted without its token is refused
        assertThat(PageSession.anonymous(port).post("/login", Map.of("username", headA, "password", PASSWORD)).status())
            .isEqualTo(403);
    }

    @Test
    void theCoordinatorsBoardHasTheApisNumbersAndLeadsFromTheOverdueToItsTask() throws Exception {
        PageSession coordinator = PageSession.logIn(port, COORDINATOR);
        assertThat(coordinator.get("/oversight/home").location()).endsWith("/oversight");

        Page board = coordinator.get("/oversight?plan=" + encoded(planCode));
        assertThat(board.status()).isEqualTo(200);
        JsonNode api = Http.as(port, COORDINATOR).get("/api/board?plan=" + encoded(planCode)).json();
        String rowA = board.element("data-agency", agencyA);
        sameNumbers(rowA, apiRow(api, agencyA));
        sameNumbers(board.element("data-agency", agencyB), apiRow(api, agencyB));
        assertThat(Page.count(rowA, "OVERDUE")).isEqualTo(1);
        assertThat(rowA).contains("class=\"red\"");
        assertThat(board.element("data-agency", agencyB)).doesNotContain("class=\"red\"");
        assertThat(board.body()).contains("Bảng theo dõi thời hạn nhiệm vụ", FIRST_GROUP, SECOND_GROUP, "Năm 2022");

        // the overdue number leads to the list behind it, and the list to the waiting
        // task in Tasklist
        String overdueLink = Page.link(rowA, "status=OVERDUE");
        assertThat(overdueLink).contains("agency=" + agencyA, "plan=");
        Page list = coordinator.get(overdueLink);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Rà soát hộ nghèo xã An Bình").doesNotContain("Hỗ trợ sinh kế xã An Bình");
        String instance = assignment("1").path("processInstanceId").asText();
        String waiting = tasks.createTaskQuery()
            .processInstanceId(instance)
            .active()
            .list()
            .stream()
            .min(Comparator.comparing(org.camunda.bpm.engine.task.Task::getCreateTime))
            .orElseThrow()
            .getId();
        assertThat(Page.link(list.body(), "/camunda/app/tasklist/default/#/?task=")).endsWith("?task=" + waiting);
        JsonNode items = Http.as(port, COORDINATOR)
            .get("/api/board/items?status=OVERDUE&agency=" + agencyA + "&plan=" + encoded(planCode))
            .json();
        assertThat(items).hasSize(1);
        assertThat(list.element("data-assignment", items.get(0).path("id").asText())).isNotNull();

        // filtered by task group and by period, still the API's numbers
        Page firstGroup = coordinator.get("/oversight?plan=" + encoded(planCode) + "&group=" + encoded(FIRST_GROUP));
        JsonNode apiFirstGroup = Http.as(port, COORDINATOR)
            .get("/api/board?plan=" + encoded(planCode) + "&group=" + encoded(FIRST_GROUP))
            .json();
        sameNumbers(firstGroup.element("data-agency", agencyA), apiRow(apiFirstGroup, agencyA));
        assertThat(Page.count(firstGroup.element("data-agency", agencyA), "OPEN")).isEqualTo(1);
        assertThat(firstGroup.element("data-agency", agencyB)).isNull();
        Page year2022 = coordinator.get("/oversight?plan=" + encoded(planCode) + "&period=2022");
        assertThat(Page.count(year2022.element("data-agency", agencyA), "OPEN")).isEqualTo(1);
        assertThat(year2022.element("data-agency", agencyB)).isNull();
        Page quarter = coordinator.get("/oversight?plan=" + encoded(planCode) + "&period=2022-Q4");
        assertThat(Page.count(quarter.element("data-agency", agencyA), "OVERDUE")).isEqualTo(1);

        // a period that is not one is refused with a message naming it
        Page wrong = coordinator.get("/oversight?period=" + encoded("năm ngoái"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("Kỳ phải là một năm");
        assertThat(Http.as(port, COORDINATOR).get("/api/board?period=2022-Q5").status()).isEqualTo(400);

        // sorted by name, A comes before B
        Page byName = coordinator.get("/oversight?plan=" + encoded(planCode) + "&sort=name&dir=asc");
        assertThat(byName.body().indexOf("data-agency=\"" + agencyA))
            .isLessThan(byName.body().indexOf("data-agency=\"" + agencyB));

        // the page's workbook has the same numbers, with the same filter
        try (Workbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(coordinator.download("/oversight/board.xlsx?plan=" + encoded(planCode))))) {
            Row line = null;
            for (Row candidate : workbook.getSheetAt(0)) {
                if (candidate.getCell(1) != null && agencyA.equals(candidate.getCell(1).getStringCellValue())) {
                    line = candidate;
                }
            }
            assertThat(line).isNotNull();
            assertThat((long) line.getCell(3).getNumericCellValue()).isEqualTo(Page.count(rowA, "OPEN"));
            assertThat((long) line.getCell(5).getNumericCellValue()).isEqualTo(1);
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(coordinator
            .download(overdueLink.replace("/oversight/assignments?", "/oversight/assignments.xlsx?"))))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(4).getStringCellValue())
                .isEqualTo("Rà soát hộ nghèo xã An Bình");
        }
    }

    @Test
    void anAgencysHeadSeesTheAgencysOwnPagesOnly() {
        PageSession head = PageSession.logIn(port, headA, PASSWORD);
        assertThat(head.get("/oversight/home").location()).endsWith("/oversight/agencies/" + agencyA);

        Page own = head.get("/oversight/agencies/" + agencyA);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("UBND xã An Bình", "Rà soát hộ nghèo xã An Bình", "Hỗ trợ sinh kế xã An Bình",
                "Việc phải làm, theo hạn", "Lịch sử");
        assertThat(own.body()).doesNotContain("Bạch Long", agencyB);
        // the overdue task first, with its link to Tasklist
        assertThat(own.body().indexOf("Rà soát hộ nghèo xã An Bình"))
            .isLessThan(own.body().indexOf("Hỗ trợ sinh kế xã An Bình"));
        assertThat(Page.link(own.body(), "/camunda/app/tasklist/default/#/?task=")).isNotNull();

        Page other = head.get("/oversight/agencies/" + agencyB);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.body()).contains("Bạn chỉ xem được trang của cơ quan mình").doesNotContain("Bạch Long");
        assertThat(head.get("/oversight/assignments?agency=" + agencyB).status()).isEqualTo(403);
        assertThat(head.get("/oversight/escalations?agency=" + agencyB).status()).isEqualTo(403);

        // the board, the lists and the inbox hold the agency's own data only
        Page board = head.get("/oversight");
        assertThat(board.body()).contains("data-agency=\"" + agencyA + "\"").doesNotContain(agencyB, "Bạch Long");
        sameNumbers(board.element("data-agency", agencyA),
                apiRow(Http.as(port, headA, PASSWORD).get("/api/board").json(), agencyA));
        assertThat(head.get("/oversight/assignments").body()).contains("Rà soát hộ nghèo xã An Bình")
            .doesNotContain("Bạch Long");
        Page inbox = head.get("/oversight/escalations");
        assertThat(inbox.body()).contains("Rà soát hộ nghèo xã An Bình")
            .doesNotContain("Bạch Long")
            .doesNotContain("Xem xét và quyết định");
        Page progress = head.get("/oversight/progress");
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.body()).doesNotContain("province-table", "Bạch Long");
        JsonNode apiProgress = Http.as(port, headA, PASSWORD).get("/api/reporting-periods/progress").json();
        assertThat(apiProgress.path("province")).isEmpty();
        assertThat(apiProgress.path("baseline").isNull()).isTrue();

        // the mails sent to the head: the agency's own, nothing of B's (the outbox sends
        // them a moment later)
        org.awaitility.Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> head.get("/oversight/mail").body().contains("[Giao nhiệm vụ] Rà soát hộ nghèo xã An Bình"));
        assertThat(head.get("/oversight/mail").body())
            .contains("Thư đã gửi cho tôi", "[Quá hạn] Rà soát hộ nghèo xã An Bình")
            .doesNotContain("Bạch Long");
        assertThat(own.body()).contains("/oversight/assignments.xlsx?agency=" + agencyA);

        // and B's head, the other way round
        PageSession otherHead = PageSession.logIn(port, headB, PASSWORD);
        assertThat(otherHead.get("/oversight/agencies/" + agencyA).status()).isEqualTo(403);
        assertThat(otherHead.get("/oversight/escalations").body()).contains("Bạch Long").doesNotContain("An Bình");
    }

    @Test
    void theCommitteesInboxHoldsTheOpenEscalationsOldestFirstWithTheRemindersBeforeAndALinkToDecide() {
        PageSession committee = PageSession.logIn(port, COMMITTEE);
        assertThat(committee.get("/oversight/home").location()).endsWith("/oversight/escalations");
        Page inbox = committee.get("/oversight/escalations");
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body()).contains("Việc chờ Ban Chỉ đạo quyết định");

        // the open ones are the API's, oldest first
        List<JsonNode> open = new ArrayList<>();
        Http.as(port, COMMITTEE).get("/api/escalations").json().forEach(escalation -> {
            if (!"CLOSED".equals(escalation.path("status").asText())) {
                open.add(escalation);
            }
        });
        open.sort(Comparator.comparing((JsonNode e) -> Instant.parse(e.path("raisedAt").asText()))
            .thenComparingLong(e -> e.path("id").asLong()));
        String openSection = inbox.body()
            .substring(inbox.body().indexOf("id=\"open-escalations\""),
                    inbox.body().indexOf("id=\"decided-escalations\""));
        int previous = -1;
        for (JsonNode escalation : open) {
            int at = openSection.indexOf("data-escalation=\"" + escalation.path("id").asText() + "\"");
            assertThat(at).as("escalation %s on the page", escalation.path("id")).isGreaterThan(previous);
            previous = at;
        }

        JsonNode mine = open.stream().filter(e -> e.path("agency").asText().equals(agencyA)).findFirst().orElseThrow();
        String card = inbox.element("data-escalation", mine.path("id").asText());
        assertThat(card).contains("UBND xã An Bình", "Rà soát hộ nghèo xã An Bình", "Nhắc việc", "Thông báo quá hạn",
                "ngày");
        String review = tasks.createTaskQuery()
            .processInstanceId(mine.path("reviewProcessInstanceId").asText())
            .singleResult()
            .getId();
        assertThat(Page.link(card, "?task=")).endsWith("?task=" + review);

        // decided, it moves to the decided ones with the directive
        Http.Response decided = Http.as(port, COMMITTEE)
            .post("/engine-rest/task/" + review + "/complete",
                    Map.of("variables", Map.of("decision", Map.of("value", "DIRECT"), "directive",
                            Map.of("value", "Hoàn thành rà soát trước ngày 15 tháng sau"))));
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);
        Page after = committee.get("/oversight/escalations");
        String decidedSection = after.body().substring(after.body().indexOf("id=\"decided-escalations\""));
        assertThat(decidedSection).contains("data-escalation=\"" + mine.path("id").asText() + "\"", "Chỉ đạo",
                "Hoàn thành rà soát trước ngày 15 tháng sau", COMMITTEE);
    }

    @Test
    void theProgressPageShowsTheApisFigures() {
        PageSession coordinator = PageSession.logIn(port, COORDINATOR);
        Page page = coordinator.get("/oversight/progress");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Tiến độ giảm nghèo", "7.912", "/webjars/echarts/5.3.1/dist/echarts.min.js");
        JsonNode api = Http.as(port, COORDINATOR).get("/api/reporting-periods/progress").json();
        assertThat(api.path("baseline").path("poorHouseholds").asLong()).isEqualTo(7912);
        // the target as the plan's data holds it for the year of the periods (the 2030
        // one may be still empty)
        if (api.path("poorTargetCeiling").isNull()) {
            assertThat(page.body()).contains("Kế hoạch chưa có chỉ tiêu số hộ nghèo");
        }
        else {
            assertThat(page.body())
                .contains(String.format(Locale.GERMANY, "%,d", api.path("poorTargetCeiling").asLong()));
        }
        for (JsonNode point : api.path("province")) {
            String row = page.element("data-period", point.path("period").asText());
            assertThat(row).isNotNull();
            assertThat(row)
                .contains(point.path("reportsAccepted").asText() + "/" + point.path("reportsExpected").asText());
        }
        // the chart library is served from its webjar, here
        assertThat(Http.anonymous(port).get("/webjars/echarts/5.3.1/dist/echarts.min.js").status()).isEqualTo(200);
    }

}
