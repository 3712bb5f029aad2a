package vn.gov.oversight.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.oversight.escalation.EscalationTestSupport;
import vn.gov.oversight.escalation.Escalations;
import vn.gov.oversight.escalation.LadderSubject;
import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;
import vn.gov.oversight.support.WebAppSession;

/**
 * The forged-variable catalogue: a person working on their own task tries to change what
 * the process relies on (the assignment, report and escalation ids, the agency, the
 * step's deadline) through every channel Camunda offers, for each process. Every attempt
 * is refused with 4xx; the application's tables and the instances' variables are the same
 * afterwards; the same task, completed honestly, then goes on.
 */
@IntegrationTest
class ForgeryAttackIntegrationTests {

    static final String COORDINATOR = "canbo.so-ldtbxh";
    static final String OFFICER = "canbo.ubnd-yen-mo";
    static final String COMMITTEE_MEMBER = "thanhvien.bcd";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Escalations escalations;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void forgedProcessDataIsRefusedOnEveryChannelAndChangesNothing() throws Exception {
        // given: an assignment and a report of Yên Mô's, a department's assignment and
        // report to forge toward,
        // and an escalation of Yên Mô's assignment before the steering committee
        String planCode = "F" + UUID.randomUUID().toString().substring(0, 6) + "/KH-UBND";
        JsonNode plan = plan(planCode, "ubnd-yen-mo", "so-y-te");
        JsonNode own = assignment(plan, "ubnd-yen-mo");
        long victimAssignment = assignment(plan, "so-y-te").path("id").asLong();
        String periodCode = "DX-" + UUID.randomUUID().toString().substring(0, 6);
        JsonNode period = Http.as(port, COORDINATOR)
            .post("/api/reporting-periods", Map.of("code", periodCode, "regime", "AD_HOC", "cutOffFrom", "2026-01-01",
                    "cutOffTo", "2026-06-30", "reportersDueDate", LocalDate.now().plusDays(50).toString(), "dueDate",
                    LocalDate.now().plusDays(60).toString(), "agencies", List.of("ubnd-yen-mo", "ubnd-kim-son")))
            .json();
        String reportInstance = report(period, "ubnd-yen-mo").path("processInstanceId").asText();
        long victimReport = report(period, "ubnd-kim-son").path("id").asLong();
        String assignmentInstance = own.path("processInstanceId").asText();
        EscalationTestSupport.escalateLongOverdue(
                escalations, transactions, new LadderSubject("ASSIGNMENT", own.path("id").asLong(),
                        "Task_AcknowledgeTask", "ubnd-yen-mo", planCode, "Rà soát hộ nghèo", "Chờ tiếp nhận"),
                assignmentInstance);
        String reviewInstance = escalations.search(null, "ubnd-yen-mo", planCode).get(0).reviewProcessInstanceId();

        Task acknowledge = task(assignmentInstance);
        Task prepare = task(reportInstance);
        Task review = task(reviewInstance);
        Map<String, Object> snapshot = snapshot(assignmentInstance, reportInstance, reviewInstance);

        // when: each of them tries every channel
        List<String> accepted = new ArrayList<>();
        Map<String, Object> forgedAssignment = vars("assignmentId", victimAssignment, "agencyCode", "so-y-te",
                "stepDueAt", "2030-01-01T00:00:00.000+0700", "acknowledgeNote", "ok");
        tryEverything(accepted, Http.as(port, OFFICER), acknowledge, forgedAssignment, "taskAssignment");
        tryEverything(accepted, Http.as(port, OFFICER), prepare,
                vars("reportId", victimReport, "agencyCode", "ubnd-kim-son"), "periodicReport");
        tryEverything(accepted, Http.as(port, COMMITTEE_MEMBER), review,
                vars("escalationId", 999_999L, "decision", "CLOSE", "closeReason", "Đã xử lý"), "escalationReview");
        // the web apps' surface, with a session as Tasklist has one
        WebAppSession tasklist = WebAppSession.logIn(port, OFFICER, "demo");
        collect(accepted, "webapp submit-form",
                tasklist.postJson("/engine/engine/default/task/" + acknowledge.getId() + "/submit-form",
                        JSON.writeValueAsString(Map.of("variables", forgedAssignment))));
        collect(accepted, "webapp variables",
                tasklist.postJson("/engine/engine/default/process-instance/" + assignmentInstance + "/variables",
                        JSON.writeValueAsString(Map.of("modifications", forgedAssignment))));
        collect(accepted, "webapp task variable",
                tasklist.send("PUT", "/engine/engine/default/task/" + acknowledge.getId() + "/variables/assignmentId",
                        JSON.writeValueAsBytes(Map.of("value", victimAssignment, "type", "Long")), "application/json"));

        // then
        assertThat(accepted).isEmpty();
        assertThat(snapshot(assignmentInstance, reportInstance, reviewInstance)).isEqualTo(snapshot);
        assertThat(task(assignmentInstance).getId()).isEqualTo(acknowledge.getId());
        // and the same task, completed with its own form's fields, goes on
        assertThat(Http.as(port, OFFICER)
            .post("/engine-rest/task/" + acknowledge.getId() + "/submit-form",
                    Map.of("variables", vars("acknowledgeNote", "Đã tiếp nhận")))
            .status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select agency_code from assignment where id = ?", String.class,
                own.path("id").asLong()))
            .isEqualTo("ubnd-yen-mo");
    }

    @Test
    void aFieldTheFormOnlyShowsMayComeBackUnchangedButNotChanged() throws Exception {
        JsonNode plan = plan("G" + UUID.randomUUID().toString().substring(0, 6) + "/KH-UBND", "ubnd-yen-mo");
        String instance = assignment(plan, "ubnd-yen-mo").path("processInstanceId").asText();
        Http officer = Http.as(port, OFFICER);
        officer.post("/engine-rest/task/" + task(instance).getId() + "/complete", Map.of("variables", vars()));
        officer.post("/engine-rest/task/" + task(instance).getId() + "/complete",
                Map.of("variables", vars("draftSummary", "Dự thảo lần đầu")));
        Http.as(port, COORDINATOR)
            .post("/engine-rest/task/" + task(instance).getId() + "/complete",
                    Map.of("variables", vars("approved", false, "reviewComment", "Bổ sung tiến độ từng quý")));
        Task draft = task(instance);
        assertThat(draft.getTaskDefinitionKey()).isEqualTo("Task_DraftLocalPlan");
        // the redraft form shows the coordinator's comment read-only
        Object comment = engine.getRuntimeService().getVariable(instance, "reviewComment");
        assertThat(comment).isEqualTo("Bổ sung tiến độ từng quý");

        Http.Response changed = officer.post("/engine-rest/task/" + draft.getId() + "/complete",
                Map.of("variables", vars("draftSummary", "Dự thảo kế hoạch", "reviewComment", "Đã được duyệt rồi")));
        Http.Response unchanged = officer.post("/engine-rest/task/" + draft.getId() + "/complete",
                Map.of("variables", vars("draftSummary", "Dự thảo kế hoạch", "reviewComment", comment)));

        assertThat(changed.status()).isEqualTo(400);
        assertThat(changed.json().path("message").asText()).contains("reviewComment");
        assertThat(unchanged.status()).as(unchanged.body()).isEqualTo(204);
    }

    private void tryEverything(List<String> accepted, Http person, Task task, Map<String, Object> forged,
            String processKey) throws Exception {
        String id = task.getId();
        String instance = task.getProcessInstanceId();
        Map<String, Object> withForm = Map.of("variables", forged);
        collect(accepted, processKey + " complete", person.post("/engine-rest/task/" + id + "/complete", withForm));
        collect(accepted, processKey + " submit-form",
                person.post("/engine-rest/task/" + id + "/submit-form", withForm));
        collect(accepted, processKey + " resolve", person.post("/engine-rest/task/" + id + "/resolve", withForm));
        collect(accepted, processKey + " bpmnError",
                person.post("/engine-rest/task/" + id + "/bpmnError", Map.of("errorCode", "x", "variables", forged)));
        collect(accepted, processKey + " bpmnEscalation", person.post("/engine-rest/task/" + id + "/bpmnEscalation",
                Map.of("escalationCode", "x", "variables", forged)));
        for (Map.Entry<String, Object> variable : forged.entrySet()) {
            collect(accepted, processKey + " task variable " + variable.getKey(),
                    person.put("/engine-rest/task/" + id + "/variables/" + variable.getKey(), variable.getValue()));
            collect(accepted, processKey + " task local variable " + variable.getKey(), person
                .put("/engine-rest/task/" + id + "/localVariables/" + variable.getKey(), variable.getValue()));
            collect(accepted, processKey + " instance variable " + variable.getKey(),
                    person.put("/engine-rest/process-instance/" + instance + "/variables/" + variable.getKey(),
                            variable.getValue()));
            collect(accepted, processKey + " execution variable " + variable.getKey(),
                    person.put("/engine-rest/execution/" + instance + "/localVariables/" + variable.getKey(),
                            variable.getValue()));
            collect(accepted, processKey + " delete variable " + variable.getKey(),
                    person.delete("/engine-rest/process-instance/" + instance + "/variables/" + variable.getKey()));
        }
        collect(accepted, processKey + " task variables",
                person.post("/engine-rest/task/" + id + "/variables", Map.of("modifications", forged)));
        collect(accepted, processKey + " instance variables", person
            .post("/engine-rest/process-instance/" + instance + "/variables", Map.of("modifications", forged)));
        collect(accepted, processKey + " batch variables", person.post("/engine-rest/process-instance/variables-async",
                Map.of("processInstanceIds", List.of(instance), "variables", forged)));
        collect(accepted, processKey + " modification",
                person.post("/engine-rest/process-instance/" + instance + "/modification",
                        Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId",
                                task.getTaskDefinitionKey(), "variables", forged)))));
        collect(accepted, processKey + " message", person.post("/engine-rest/message",
                Map.of("messageName", "AllReportsAccepted", "all", true, "processVariables", forged)));
        collect(accepted, processKey + " signal",
                person.post("/engine-rest/signal", Map.of("name", "x", "variables", forged)));
        collect(accepted, processKey + " start",
                person.post("/engine-rest/process-definition/key/" + processKey + "/start",
                        Map.of("businessKey", "forged/" + UUID.randomUUID(), "variables", forged)));
        collect(accepted, processKey + " update task",
                person.put("/engine-rest/task/" + id, Map.of("name", "x", "due", "2030-01-01T00:00:00.000+0700")));
        collect(accepted, processKey + " candidate", person.post("/engine-rest/task/" + id + "/identity-links",
                Map.of("groupId", "so-y-te", "type", "candidate")));
        collect(accepted, processKey + " assign to another",
                person.post("/engine-rest/task/" + id + "/assignee", Map.of("userId", "canbo.so-y-te")));
        collect(accepted, processKey + " delegate",
                person.post("/engine-rest/task/" + id + "/delegate", Map.of("userId", "canbo.so-y-te")));
        collect(accepted, processKey + " create task",
                person.post("/engine-rest/task/create", Map.of("id", UUID.randomUUID().toString(), "name", "x")));
        collect(accepted, processKey + " raw UTF-16 complete",
                person.raw("POST", "/engine-rest/task/" + id + "/complete",
                        ("\uFEFF" + JSON.writeValueAsString(withForm)).getBytes(StandardCharsets.UTF_16BE),
                        "application/json"));
    }

    /**
     * A plan of one task, "Rà soát hộ nghèo", led by each of {@code agencies}, due in 60
     * days.
     */
    private JsonNode plan(String code, String... agencies) {
        return Http.as(port, COORDINATOR)
            .post("/api/plans",
                    Map.of("code", code, "title", "Kế hoạch thử", "issuingBody", "ubnd-tinh", "issuedOn", "2026-01-05",
                            "directive", "05-CT/TW", "reviewLocalPlans", true, "tasks",
                            List.of(Map.of("code", "1", "title", "Rà soát hộ nghèo", "group", "Nhóm 1", "leadAgencies",
                                    List.of(agencies), "dueDate", LocalDate.now().plusDays(60).toString()))))
            .json();
    }

    private static void collect(List<String> accepted, String what, Http.Response response) {
        if (response.status() < 400 || response.status() >= 500) {
            accepted.add(what + " -> " + response);
        }
    }

    private static Map<String, Object> vars(Object... nameValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            Object value = nameValues[i + 1];
            variables.put((String) nameValues[i],
                    value instanceof Long ? Map.of("value", value, "type", "Long") : Map.of("value", value));
        }
        return variables;
    }

    private Task task(String processInstanceId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    private static JsonNode assignment(JsonNode plan, String agency) {
        for (JsonNode assignment : plan.path("assignments")) {
            if (assignment.path("agency").asText().equals(agency)) {
                return assignment;
            }
        }
        throw new AssertionError("No assignment for " + agency + " in " + plan);
    }

    private static JsonNode report(JsonNode period, String agency) {
        for (JsonNode report : period.path("reports")) {
            if (report.path("agency").asText().equals(agency) || report.path("agencyCode").asText().equals(agency)) {
                return report;
            }
        }
        throw new AssertionError("No report for " + agency + " in " + period);
    }

    /**
     * Every row of the application's tables, and every variable of the instances under
     * attack. The outbox and the mail log are left out: they deliver, asynchronously, the
     * mails the set-up itself caused; so are the HTTP sessions (Spring Session's tables),
     * which the attacker's own logins create.
     */
    private Map<String, Object> snapshot(String... processInstanceIds) {
        Map<String, Object> snapshot = new TreeMap<>();
        List<String> tables = jdbc.queryForList(
                """
                        select table_name from information_schema.tables where table_schema = current_schema()
                        and table_type = 'BASE TABLE' and table_name not like 'act\\_%' and table_name <> 'flyway_schema_history'
                        and table_name not in ('event_publication', 'notification_mail', 'spring_session',
                            'spring_session_attributes')
                        order by table_name""",
                String.class);
        for (String table : tables) {
            // byte columns (uploaded documents) by their content, not the array's
            // identity
            snapshot.put(table,
                    jdbc.queryForList("select * from " + table)
                        .stream()
                        .map(row -> row.entrySet()
                            .stream()
                            .map(column -> column.getKey() + "="
                                    + (column.getValue() instanceof byte[] bytes ? HexFormat.of().formatHex(bytes)
                                            : column.getValue()))
                            .toList()
                            .toString())
                        .sorted()
                        .toList());
        }
        for (String instance : processInstanceIds) {
            snapshot.put("variables of " + instance, new TreeMap<>(engine.getRuntimeService().getVariables(instance)));
            Task task = task(instance);
            snapshot.put("task of " + instance, task.getId() + " " + task.getAssignee() + " " + task.getDueDate() + " "
                    + task.getName() + " " + new TreeMap<>(engine.getTaskService().getVariablesLocal(task.getId())));
            snapshot.put("links of " + instance,
                    engine.getTaskService()
                        .getIdentityLinksForTask(task.getId())
                        .stream()
                        .map(link -> link.getType() + ":" + link.getGroupId() + ":" + link.getUserId())
                        .sorted()
                        .toList());
        }
        snapshot.put("instances", engine.getRuntimeService().createProcessInstanceQuery().count());
        snapshot.put("tasks", engine.getTaskService().createTaskQuery().count());
        return snapshot;
    }

}
