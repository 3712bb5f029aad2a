package vn.gov.oversight.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.gov.oversight.escalation.EscalationTestSupport;
import vn.gov.oversight.escalation.Escalations;
import vn.gov.oversight.escalation.LadderSubject;
import vn.gov.oversight.support.Communes;
import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;

/**
 * The board counts an agency's assignments the way officials do, and shows an agency only
 * its own row.
 */
@IntegrationTest
class BoardIntegrationTests {

    static final String COORDINATOR = "canbo.so-ldtbxh";

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    Escalations escalations;

    @Autowired
    TransactionTemplate transactions;

    String agency;

    /** A person added through the API gets a password of the policy, not the demo's. */
    static final String HEAD_PASSWORD = "Bao-cao-dung-han-2026";

    String head;

    JsonNode plan(String issuedOn, List<Map<String, Object>> tasksOfPlan) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("code", UUID.randomUUID().toString().substring(0, 6) + "/KH-UBND");
        plan.put("title", "Kế hoạch giảm nghèo");
        plan.put("issuingBody", "ubnd-tinh");
        plan.put("reviewLocalPlans", true); // walkToDone goes through the coordinator's
                                            // review
        plan.put("issuedOn", issuedOn);
        plan.put("tasks", tasksOfPlan);
        Http.Response created = Http.as(port, COORDINATOR).post("/api/plans", plan);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    Map<String, Object> task(String code, String due) {
        return Map.of("code", code, "title", "Nhiệm vụ " + code, "leadAgencies", List.of(agency), "dueDate", due);
    }

    String instanceOf(JsonNode plan, String taskCode) {
        for (JsonNode assignment : plan.path("assignments")) {
            if (assignment.path("taskCode").asText().equals(taskCode)) {
                return assignment.path("processInstanceId").asText();
            }
        }
        throw new AssertionError(taskCode);
    }

    void complete(String user, String instance, String step, Map<String, Object> values) {
        String id = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(step).singleResult().getId();
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        Http http = user.equals(head) ? Http.as(port, user, HEAD_PASSWORD) : Http.as(port, user);
        Http.Response done = http.post("/engine-rest/task/" + id + "/complete", Map.of("variables", variables));
        assertThat(done.status()).as(step + ": " + done.body()).isEqualTo(204);
    }

    void walkToDone(String instance) {
        complete(head, instance, "Task_AcknowledgeTask", Map.of());
        complete(head, instance, "Task_DraftLocalPlan", Map.of("draftSummary", "Dự thảo kế hoạch thực hiện"));
        complete(COORDINATOR, instance, "Task_ReviewDraft", Map.of("approved", true));
        complete(head, instance, "Task_IssueLocalPlan",
                Map.of("documentNumber", "1/KH", "issuedOn", LocalDate.now().toString(), "signer", "Lê Văn Hùng"));
        complete(head, instance, "Task_CarryOutTask", Map.of("resultSummary", "Đã hoàn thành nhiệm vụ"));
        complete(COORDINATOR, instance, "Task_ConfirmCompletion", Map.of("approved", true));
    }

    @Test
    void theBoardCountsAnAgencysAssignmentsAndEscalations() throws Exception {
        // given a new commune with its head
        agency = "ubnd-xa-" + UUID.randomUUID().toString().substring(0, 6);
        head = "chutich." + agency;
        Communes.create(port, agency, "UBND xã Gia Sinh", head, HEAD_PASSWORD);
        String future = LocalDate.now().plusDays(60).toString();
        JsonNode current = plan("2026-01-05", List.of(task("1", future), task("2", future)));
        JsonNode past = plan("2022-01-10", List.of(task("1", "2022-12-31"), task("2", "2022-12-31")));

        // when: one done on time, one done late, one open and due soon, one open and
        // overdue and escalated
        walkToDone(instanceOf(current, "2"));
        walkToDone(instanceOf(past, "2"));
        long overdueAssignment = past.path("assignments").get(0).path("id").asLong();
        EscalationTestSupport
            .escalateLongOverdue(
                    escalations, transactions, new LadderSubject("ASSIGNMENT", overdueAssignment,
                            "Task_AcknowledgeTask", agency, past.path("code").asText(), "Nhiệm vụ 1", "Chờ tiếp nhận"),
                    instanceOf(past, "1"));

        // then
        JsonNode board = Http.as(port, COORDINATOR).get("/api/board").json();
        JsonNode row = null;
        for (JsonNode candidate : board.path("agencies")) {
            if (candidate.path("agency").asText().equals(agency)) {
                row = candidate;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.path("name").asText()).isEqualTo("UBND xã Gia Sinh");
        assertThat(row.path("open").asLong()).isEqualTo(2);
        assertThat(row.path("dueSoon").asLong()).isEqualTo(1);
        assertThat(row.path("overdue").asLong()).isEqualTo(1);
        assertThat(row.path("doneOnTime").asLong()).isEqualTo(1);
        assertThat(row.path("doneLate").asLong()).isEqualTo(1);
        // the escalation made here, and perhaps one more: the late task's carrying-out
        // step was overdue from its
        // start, and its timers may have escalated it before the walk above confirmed it
        long openEscalations = Http.as(port, COORDINATOR)
            .get("/api/escalations?status=OPEN&agency=" + agency)
            .json()
            .size();
        assertThat(openEscalations).isBetween(1L, 2L);
        assertThat(row.path("escalated").asLong()).isEqualTo(openEscalations);
        assertThat(board.path("totals").path("open").asLong()).isGreaterThanOrEqualTo(2);

        // the workbook shows the same numbers
        try (Workbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(Http.as(port, COORDINATOR).download("/api/board.xlsx")))) {
            org.apache.poi.ss.usermodel.Row line = null;
            for (org.apache.poi.ss.usermodel.Row candidate : workbook.getSheetAt(0)) {
                if (candidate.getCell(1) != null && agency.equals(candidate.getCell(1).getStringCellValue())) {
                    line = candidate;
                }
            }
            assertThat(line).isNotNull();
            assertThat(line.getCell(2).getStringCellValue()).isEqualTo("UBND xã Gia Sinh");
            assertThat(line.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(line.getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(line.getCell(8).getNumericCellValue()).isEqualTo(openEscalations);
        }

        // the agency sees its own row only, and totals of it
        JsonNode own = Http.as(port, head, HEAD_PASSWORD).get("/api/board").json();
        assertThat(own.path("agencies")).hasSize(1);
        assertThat(own.path("agencies").get(0).path("agency").asText()).isEqualTo(agency);
        assertThat(own.path("totals").path("doneLate").asLong()).isEqualTo(1);
        assertThat(Http.anonymous(port).get("/api/board").status()).isEqualTo(401);
    }

}
