package vn.gov.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
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

/**
 * Plans change: an amendment adds and cancels tasks, moves deadlines and changes lead
 * agencies, through the API on PostgreSQL, and the plan shows its versions; yearly and
 * ongoing tasks get their rounds. Each test makes its own communes, so that the board's
 * counts of other tests are not disturbed.
 */
@IntegrationTest
class PlanAmendmentIntegrationTests {

    static final String COORDINATOR = "canbo.so-ldtbxh";
    static final String PASSWORD = "Dieu-chinh-ke-hoach-2026";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    Escalations escalations;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RecurringRounds rounds;

    /** A new commune with its head (user {@code chutich.<code>}); returns its code. */
    String commune(String name) {
        String code = "ubnd-xa-" + UUID.randomUUID().toString().substring(0, 6);
        Communes.create(port, code, name, head(code), PASSWORD);
        return code;
    }

    static String head(String agency) {
        return "chutich." + agency;
    }

    JsonNode plan(List<Map<String, Object>> tasksOfPlan) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("code", UUID.randomUUID().toString().substring(0, 6) + "/KH-UBND");
        plan.put("title", "Kế hoạch giảm nghèo bền vững");
        plan.put("issuingBody", "ubnd-tinh");
        plan.put("issuedOn", "2026-01-05");
        plan.put("tasks", tasksOfPlan);
        Http.Response created = Http.as(port, COORDINATOR).post("/api/plans", plan);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    static Map<String, Object> task(String code, String agency, LocalDate due, String recurrence) {
        return Map.of("code", code, "title", "Nhiệm vụ " + code, "leadAgencies", List.of(agency), "dueDate",
                due.toString(), "recurrence", recurrence);
    }

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    static String number() {
        return UUID.randomUUID().toString().substring(0, 4) + "/KH-UBND";
    }

    Http.Response amend(String user, long planId, Map<String, Object> amendment) {
        Http http = user.startsWith("chutich.") ? Http.as(port, user, PASSWORD) : Http.as(port, user);
        return http.post("/api/plans/" + planId + "/amendments", amendment);
    }

    List<JsonNode> assignments(long planId) {
        List<JsonNode> found = new ArrayList<>();
        Http.as(port, COORDINATOR).get("/api/plans/" + planId).json().path("assignments").forEach(found::add);
        return found;
    }

    JsonNode assignment(long planId, String taskCode, int round) {
        for (JsonNode summary : assignments(planId)) {
            if (summary.path("taskCode").asText().equals(taskCode)) {
                JsonNode details = Http.as(port, COORDINATOR)
                    .get("/api/assignments/" + summary.path("id").asText())
                    .json();
                if (details.path("assignment").path("round").asInt() == round) {
                    return details;
                }
            }
        }
        throw new AssertionError("no round " + round + " of task " + taskCode);
    }

    void complete(String user, String instance, String step, Map<String, Object> values) {
        Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(step).singleResult();
        assertThat(task).as(step).isNotNull();
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        Http http = user.startsWith("chutich.") ? Http.as(port, user, PASSWORD) : Http.as(port, user);
        Http.Response done = http.post("/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", variables));
        assertThat(done.status()).as(step + ": " + done.body()).isEqualTo(204);
    }

    /** The agency issues its own plan (the default) and waits at carrying out. */
    void walkToCarryingOut(String agency, String instance) {
        complete(head(agency), instance, "Task_AcknowledgeTask", Map.of());
        complete(head(agency), instance, "Task_DraftLocalPlan", Map.of("draftSummary", "Dự thảo kế hoạch thực hiện"));
        complete(head(agency), instance, "Task_IssueLocalPlan",
                Map.of("documentNumber", "1/KH", "issuedOn", today().toString(), "signer", "Lê Văn Hùng"));
    }

    JsonNode boardRow(String agency) {
        for (JsonNode row : Http.as(port, COORDINATOR).get("/api/board").json().path("agencies")) {
            if (row.path("agency").asText().equals(agency)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + agency);
    }

    static List<String> kinds(JsonNode details) {
        return details.path("events").findValuesAsText("kind");
    }

    static String comments(JsonNode details) {
        return String.join("\n", details.path("events").findValuesAsText("comment"));
    }

    @Test
    void anAmendmentAddsOneTaskAndCancelsAnotherAndTheBoardCountsTheCancelledOneNowhere() {
        // given a plan of two tasks for a new commune, the first one escalated to the
        // steering committee
        String agency = commune("UBND xã Gia Hưng");
        LocalDate due = today().plusDays(60);
        JsonNode plan = plan(List.of(task("1", agency, due, "ONCE"), task("2", agency, due, "ONCE")));
        long planId = plan.path("id").asLong();
        JsonNode first = assignment(planId, "1", 1).path("assignment");
        String firstInstance = first.path("processInstanceId").asText();
        EscalationTestSupport.escalateLongOverdue(
                escalations, transactions, new LadderSubject("ASSIGNMENT", first.path("id").asLong(),
                        "Task_AcknowledgeTask", agency, plan.path("code").asText(), "Nhiệm vụ 1", "Chờ tiếp nhận"),
                firstInstance);
        assertThat(boardRow(agency).path("escalated").asLong()).isEqualTo(1);
        String number = number();
        Map<String, Object> amendment = Map.of("number", number, "issuedOn", today().toString(), "summary",
                "Điều chỉnh, bổ sung nhiệm vụ năm 2026", "addTasks", List.of(task("3", agency, due, "ONCE")),
                "cancelTasks", List.of(Map.of("code", "1", "reason", "Nhiệm vụ đã được lồng ghép vào nhiệm vụ 3")));

        // when an agency head or the steering committee tries, or the reason is missing:
        // refused, nothing changes
        assertThat(amend(head(agency), planId, amendment).status()).isEqualTo(403);
        assertThat(amend("thutruong.so-y-te", planId, amendment).status()).isEqualTo(403);
        assertThat(amend("truongban.bcd", planId, amendment).status()).isEqualTo(403);
        Http.Response noReason = amend(COORDINATOR, planId,
                Map.of("number", number, "issuedOn", today().toString(), "cancelTasks",
                        List.of(Map.of("code", "1", "reason", " ")), "moveDeadlines",
                        List.of(Map.of("code", "9", "dueDate", due.toString()))));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.contentType()).contains("application/problem+json");
        assertThat(noReason.body()).contains("cancelTasks[0].reason", "lý do hủy", "moveDeadlines[0].code",
                "không có nhiệm vụ số '9'");
        assertThat(Http.as(port, COORDINATOR).get("/api/plans/" + planId + "/versions").json().path("versions"))
            .hasSize(1);
        assertThat(assignments(planId)).hasSize(2);

        // when the coordinator records the amendment
        Http.Response amended = amend(COORDINATOR, planId, amendment);
        assertThat(amended.status()).as(amended.body()).isEqualTo(201);

        // then the cancelled task's assignment ended with the reason: no step, no timer,
        // no escalation left
        JsonNode cancelled = assignment(planId, "1", 1);
        assertThat(cancelled.path("assignment").path("stage").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("assignment").path("outcome").isNull()).isTrue();
        assertThat(cancelled.path("assignment").path("cancelReason").asText())
            .isEqualTo("Nhiệm vụ đã được lồng ghép vào nhiệm vụ 3");
        assertThat(kinds(cancelled)).contains("ESCALATED", "CANCELLED");
        assertThat(comments(cancelled)).contains("Hủy theo " + number);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(firstInstance).count()).isZero();
        assertThat(management.createJobQuery().processInstanceId(firstInstance).count()).isZero();
        assertThat(Http.as(port, COORDINATOR).get("/api/escalations?status=OPEN&agency=" + agency).json()).isEmpty();
        // the added task started its assignment, for the agency, naming the amendment
        JsonNode added = assignment(planId, "3", 1);
        String addedInstance = added.path("assignment").path("processInstanceId").asText();
        assertThat(tasks.createTaskQuery()
            .processInstanceId(addedInstance)
            .taskDefinitionKey("Task_AcknowledgeTask")
            .taskCandidateGroup(agency)
            .count()).isEqualTo(1);
        assertThat(comments(added)).contains("Nhiệm vụ bổ sung theo " + number);
        // the board counts tasks 2 and 3, and task 1 nowhere
        JsonNode row = boardRow(agency);
        assertThat(row.path("open").asLong()).isEqualTo(2);
        assertThat(row.path("overdue").asLong()).isZero();
        assertThat(row.path("doneOnTime").asLong()).isZero();
        assertThat(row.path("doneLate").asLong()).isZero();
        assertThat(row.path("escalated").asLong()).isZero();
        JsonNode items = Http.as(port, COORDINATOR).get("/api/board/items?agency=" + agency).json();
        assertThat(items.findValuesAsText("taskCode")).containsExactlyInAnyOrder("2", "3");
        // the plan shows its versions: the original and the amendment with what it
        // changed
        JsonNode versions = Http.as(port, "thutruong.so-y-te").get("/api/plans/" + planId + "/versions").json();
        assertThat(versions.path("reviewLocalPlans").asBoolean()).isFalse();
        assertThat(versions.path("versions")).hasSize(2);
        assertThat(versions.path("versions").get(0).path("number").asText()).isEqualTo(plan.path("code").asText());
        JsonNode version = versions.path("versions").get(1);
        assertThat(version.path("number").asText()).isEqualTo(number);
        assertThat(version.path("issuedOn").asText()).isEqualTo(today().toString());
        assertThat(version.path("changes").findValuesAsText("kind")).containsExactly("ADD_TASK", "CANCEL_TASK");
        assertThat(version.path("changes").get(1).path("description").asText()).contains("Hủy nhiệm vụ 1", "lồng ghép");
        // the same number twice is refused
        assertThat(amend(COORDINATOR, planId, amendment).body()).contains("number", "đã được ghi nhận");
    }

    @Test
    void aMovedDeadlineRetimesTheCarryingOutStepAndTheNewDeadlineIsWhatEscalates() {
        String agency = commune("UBND xã Khánh Thành");
        JsonNode plan = plan(List.of(task("1", agency, today().plusDays(60), "ONCE")));
        long planId = plan.path("id").asLong();
        String instance = assignment(planId, "1", 1).path("assignment").path("processInstanceId").asText();
        walkToCarryingOut(agency, instance);
        LocalDate newDue = today().plusDays(20);
        String number = "QĐ số " + UUID.randomUUID().toString().substring(0, 4) + "/QĐ-UBND";

        Http.Response amended = amend(COORDINATOR, planId, Map.of("number", number, "issuedOn", today().toString(),
                "moveDeadlines", List.of(Map.of("code", "1", "dueDate", newDue.toString()))));
        assertThat(amended.status()).as(amended.body()).isEqualTo(201);

        // the waiting step is due at the end of the new day, and its three timers wait
        // around it
        Task carrying = tasks.createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_CarryOutTask")
            .singleResult();
        Date due = carrying.getDueDate();
        assertThat(due.toInstant().atZone(VIETNAM).toLocalDate()).isEqualTo(newDue);
        List<Job> timers = management.createJobQuery().processInstanceId(instance).timers().list();
        assertThat(timers).extracting(job -> job.getDuedate().getTime() - due.getTime())
            .containsExactlyInAnyOrder(-2_000L, 0L, 3_000L);
        JsonNode details = assignment(planId, "1", 1);
        assertThat(details.path("assignment").path("dueDate").asText()).isEqualTo(newDue.toString());
        assertThat(comments(details))
            .contains("thành " + newDue.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " theo " + number);

        // when its escalation timer fires, the escalation is for the new deadline
        Job escalation = timers.stream()
            .filter(job -> job.getDuedate().getTime() - due.getTime() == 3_000L)
            .findFirst()
            .orElseThrow();
        management.executeJob(escalation.getId());
        JsonNode raised = Http.as(port, COORDINATOR).get("/api/escalations?agency=" + agency).json();
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).path("stepKey").asText()).isEqualTo("Task_CarryOutTask");
        assertThat(raised.get(0).path("dueDate").asText()).isEqualTo(newDue.toString());
        assertThat(Http.as(port, COORDINATOR)
            .get("/api/plans/" + planId + "/versions")
            .json()
            .path("versions")
            .get(1)
            .path("changes")
            .get(0)
            .path("kind")
            .asText()).isEqualTo("MOVE_DEADLINE");
    }

    @Test
    void aNewLeadAgencyTakesOverTheOpenAssignmentWithItsHistory() {
        String before = commune("UBND xã Ninh Vân");
        String after = commune("UBND xã Ninh Hải");
        JsonNode plan = plan(List.of(task("1", before, today().plusDays(60), "ONCE")));
        long planId = plan.path("id").asLong();
        long id = assignment(planId, "1", 1).path("assignment").path("id").asLong();
        String instance = assignment(planId, "1", 1).path("assignment").path("processInstanceId").asText();
        complete(head(before), instance, "Task_AcknowledgeTask", Map.of());
        String number = number();

        // a lead that is not the task's is refused, by name
        Http.Response wrong = amend(COORDINATOR, planId, Map.of("number", number, "issuedOn", today().toString(),
                "changeLeadAgencies", List.of(Map.of("code", "1", "from", after, "to", before))));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("changeLeadAgencies[0].from", "không chủ trì nhiệm vụ 1");

        Http.Response amended = amend(COORDINATOR, planId, Map.of("number", number, "issuedOn", today().toString(),
                "changeLeadAgencies", List.of(Map.of("code", "1", "from", before, "to", after))));
        assertThat(amended.status()).as(amended.body()).isEqualTo(201);

        // the open step is the new agency's, in the engine and in our tables, and its
        // history is kept
        Task drafting = tasks.createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_DraftLocalPlan")
            .singleResult();
        assertThat(tasks.getIdentityLinksForTask(drafting.getId())).extracting(IdentityLink::getGroupId)
            .contains(after)
            .doesNotContain(before);
        assertThat(runtime.getVariable(instance, "agencyCode")).isEqualTo(after);
        JsonNode details = Http.as(port, head(after), PASSWORD).get("/api/assignments/" + id).json();
        assertThat(details.path("assignment").path("agencyCode").asText()).isEqualTo(after);
        assertThat(kinds(details)).containsSubsequence("ACKNOWLEDGED", "LEAD_AGENCY_CHANGED");
        assertThat(comments(details)).contains("sang " + after + " theo " + number);
        assertThat(Http.as(port, head(before), PASSWORD).get("/api/assignments/" + id).status()).isEqualTo(404);
        // the new agency carries on, and the steps to come are its own
        complete(head(after), instance, "Task_DraftLocalPlan", Map.of("draftSummary", "Dự thảo của xã mới"));
        assertThat(tasks.createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_IssueLocalPlan")
            .taskCandidateGroup(after)
            .count()).isEqualTo(1);
    }

    @Test
    void aPlanThatAsksForReviewSendsDraftsToTheCoordinatorAndNoFormCanSkipIt() {
        String agency = commune("UBND xã Kim Đông");
        Map<String, Object> body = new HashMap<>(
                Map.of("code", UUID.randomUUID().toString().substring(0, 6) + "/KH-UBND", "title",
                        "Kế hoạch có thẩm định", "issuingBody", "ubnd-tinh", "issuedOn", "2026-01-05",
                        "reviewLocalPlans", true, "tasks", List.of(task("1", agency, today().plusDays(60), "ONCE"))));
        Http.Response created = Http.as(port, COORDINATOR).post("/api/plans", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long planId = created.json().path("id").asLong();
        String instance = assignment(planId, "1", 1).path("assignment").path("processInstanceId").asText();
        assertThat(Http.as(port, COORDINATOR)
            .get("/api/plans/" + planId + "/versions")
            .json()
            .path("reviewLocalPlans")
            .asBoolean()).isTrue();
        complete(head(agency), instance, "Task_AcknowledgeTask", Map.of());

        // the agency cannot send the gateway's flag along with its draft, on either
        // surface
        String drafting = tasks.createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_DraftLocalPlan")
            .singleResult()
            .getId();
        Http.Response forged = Http.as(port, head(agency), PASSWORD)
            .post("/engine-rest/task/" + drafting + "/complete", Map.of("variables",
                    Map.of("draftSummary", Map.of("value", "Dự thảo"), "reviewLocalPlan", Map.of("value", false))));
        assertThat(forged.status()).isBetween(400, 499);
        assertThat(Http.as(port, head(agency), PASSWORD)
            .post("/engine-rest/process-instance/" + instance + "/variables/reviewLocalPlan", Map.of("value", false))
            .status()).isBetween(400, 499);
        assertThat(runtime.getVariable(instance, "reviewLocalPlan")).isEqualTo(true);

        complete(head(agency), instance, "Task_DraftLocalPlan", Map.of("draftSummary", "Dự thảo kế hoạch"));
        assertThat(tasks.createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_ReviewDraft")
            .taskCandidateGroup("coordinator")
            .count()).isEqualTo(1);
    }

    @Test
    void aYearlyTaskHasItsSecondRoundAfterTheFirstAndAnOngoingTaskOneEachYear() {
        String agency = commune("UBND xã Yên Thắng");
        LocalDate due = today().plusDays(30);
        JsonNode plan = plan(List.of(task("1", agency, due, "YEARLY"), task("2", agency, due, "ONGOING")));
        long planId = plan.path("id").asLong();

        // the yearly task's first round is done: its second starts, due a year later
        String yearly = assignment(planId, "1", 1).path("assignment").path("processInstanceId").asText();
        walkToCarryingOut(agency, yearly);
        complete(head(agency), yearly, "Task_CarryOutTask", Map.of("resultSummary", "Đã thực hiện năm nay"));
        complete(COORDINATOR, yearly, "Task_ConfirmCompletion", Map.of("approved", true));
        JsonNode second = assignment(planId, "1", 2).path("assignment");
        assertThat(second.path("dueDate").asText()).isEqualTo(due.plusYears(1).toString());
        assertThat(second.path("stage").asText()).isEqualTo("ACKNOWLEDGING");
        assertThat(second.path("agencyCode").asText()).isEqualTo(agency);

        // the ongoing task is still open when the next year begins: its next round starts
        // then, once
        assertThat(rounds.startRoundsDue(due, planId)).isZero();
        LocalDate nextYear = LocalDate.of(due.getYear() + 1, 1, 1);
        assertThat(rounds.startRoundsDue(nextYear, planId)).isEqualTo(1);
        assertThat(rounds.startRoundsDue(nextYear, planId)).isZero();
        assertThat(assignment(planId, "2", 2).path("assignment").path("dueDate").asText())
            .isEqualTo(due.plusYears(1).toString());
        assertThat(assignments(planId)).hasSize(4);
    }

}
