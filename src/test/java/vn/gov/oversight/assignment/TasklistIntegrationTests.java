package vn.gov.oversight.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.oversight.assignment.TaskAssignmentProcess.Elements;
import vn.gov.oversight.escalation.EscalationTestSupport;
import vn.gov.oversight.escalation.Escalations;
import vn.gov.oversight.escalation.LadderSubject;
import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;
import vn.gov.oversight.support.Tasklist;

/**
 * The whole path of an assignment, return for revision included, walked in Camunda
 * Tasklist with the forms.
 */
@IntegrationTest
class TasklistIntegrationTests {

    static final String AGENCY = "thutruong.so-y-te";
    static final String COORDINATOR = "canbo.so-ldtbxh";

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    Escalations escalations;

    @Autowired
    TransactionTemplate transactions;

    String processInstance;

    Task waitingAt(String definitionKey) {
        return await().atMost(Duration.ofSeconds(10))
            .until(() -> tasks.createTaskQuery()
                .processInstanceId(processInstance)
                .taskDefinitionKey(definitionKey)
                .singleResult(), task -> task != null);
    }

    @Test
    void anAgencyAndTheCoordinatorWalkAnAssignmentToTheEndInTasklist() {
        String code = UUID.randomUUID().toString().substring(0, 6) + "/KH-UBND";
        Http.Response plan = Http.as(port, COORDINATOR)
            .post("/api/plans",
                    Map.of("code", code, "title", "Kế hoạch thực hiện giảm nghèo bền vững", "issuingBody", "ubnd-tinh",
                            "issuedOn", "2026-01-05", "reviewLocalPlans", true, "tasks",
                            List.of(Map.of("code", "3.1", "title", "Hỗ trợ y tế cho người nghèo", "leadAgencies",
                                    List.of("so-y-te"), "dueDate", LocalDate.now().plusDays(60).toString()))));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        processInstance = plan.json().path("assignments").get(0).path("processInstanceId").asText();
        long assignmentId = plan.json().path("assignments").get(0).path("id").asLong();

        // the acknowledgement went unanswered, the steering committee extended it by
        // twenty days
        EscalationTestSupport.escalateLongOverdue(escalations, transactions,
                new LadderSubject("ASSIGNMENT", assignmentId, Elements.TASK_ACKNOWLEDGE_TASK, "so-y-te", code,
                        "Hỗ trợ y tế cho người nghèo", "Chờ tiếp nhận"),
                processInstance);
        long escalation = escalations.search(null, "so-y-te", code).get(0).id();
        Task review = tasks.createTaskQuery().processInstanceBusinessKey("escalation/" + escalation).singleResult();
        LocalDate extended = LocalDate.now().plusDays(20);
        assertThat(Http.as(port, "truongban.bcd")
            .post("/engine-rest/task/" + review.getId() + "/complete",
                    Map.of("variables",
                            Map.of("decision", Map.of("value", "EXTEND"), "newDueDate",
                                    Map.of("value", extended.toString()))))
            .status()).isEqualTo(204);

        try (Tasklist browser = new Tasklist(port)) {
            // the agency acknowledges the task; the form shows what it is about and the
            // step's extended due date
            browser.logIn(AGENCY, "demo").openTask(waitingAt(Elements.TASK_ACKNOWLEDGE_TASK).getId());
            assertThat(browser.formText()).contains("Hỗ trợ y tế cho người nghèo", code, "Sở Y tế",
                    "Hạn của bước này: " + extended.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            browser.claim().complete();

            // drafting: the form will not complete without the summary
            String drafting = waitingAt(Elements.TASK_DRAFT_LOCAL_PLAN).getId();
            assertThat(browser.openTask(drafting).claim().completeRefused()).isNotBlank();
            assertThat(waitingAt(Elements.TASK_DRAFT_LOCAL_PLAN).getId()).isEqualTo(drafting);
            browser.type("Field_DraftSummary", "Dự thảo kế hoạch hỗ trợ y tế cho hộ nghèo năm 2026").complete();

            // the coordinator returns the draft with a comment
            browser.logIn(COORDINATOR, "demo").openTask(waitingAt(Elements.TASK_REVIEW_DRAFT).getId()).claim();
            assertThat(browser.formText()).contains("Dự thảo kế hoạch hỗ trợ y tế cho hộ nghèo năm 2026");
            browser.type("Field_ReviewComment", "Bổ sung chỉ tiêu từng quý").complete();

            // the agency sees the comment on the redraft
            browser.logIn(AGENCY, "demo").openTask(waitingAt(Elements.TASK_DRAFT_LOCAL_PLAN).getId()).claim();
            assertThat(browser.formText()).contains("Bổ sung chỉ tiêu từng quý");
            browser.type("Field_DraftSummary", "Dự thảo đã bổ sung chỉ tiêu từng quý").complete();

            browser.logIn(COORDINATOR, "demo")
                .openTask(waitingAt(Elements.TASK_REVIEW_DRAFT).getId())
                .claim()
                .check("Field_Approved")
                .complete();

            // the agency issues its plan, carries it out and reports
            browser.logIn(AGENCY, "demo")
                .openTask(waitingAt(Elements.TASK_ISSUE_LOCAL_PLAN).getId())
                .claim()
                .type("Field_DocumentNumber", "45/KH-SYT")
                .type("Field_IssuedOn", LocalDate.now().format(DateTimeFormatter.ofPattern("MM/dd/yyyy")) + "\n")
                .type("Field_Signer", "Nguyễn Văn An")
                .complete();
            browser.openTask(waitingAt(Elements.TASK_CARRY_OUT_TASK).getId())
                .claim()
                .type("Field_ResultSummary", "Đã cấp thẻ bảo hiểm y tế cho toàn bộ hộ nghèo")
                .complete();

            // the coordinator confirms
            browser.logIn(COORDINATOR, "demo")
                .openTask(waitingAt(Elements.TASK_CONFIRM_COMPLETION).getId())
                .claim()
                .check("Field_Approved")
                .complete();
        }

        await().atMost(Duration.ofSeconds(10))
            .until(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstance)
                .finished()
                .count() == 1);
        assertThat(history.createHistoricVariableInstanceQuery()
            .processInstanceId(processInstance)
            .variableName(TaskAssignmentProcess.Variables.ISSUED_ON)
            .singleResult()
            .getValue()).isEqualTo(LocalDate.now().toString());
    }

}
