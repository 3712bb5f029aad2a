package vn.gov.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.assignment.TaskAssignmentProcess;
import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;

/**
 * A plan posted through the API starts one {@code taskAssignment} per task and lead
 * agency, which the agencies and the coordinator walk to the end through Camunda's REST
 * API.
 */
@IntegrationTest
class PlanIntegrationTests {

    static final String COORDINATOR = "canbo.so-ldtbxh";
    static final String HEALTH_HEAD = "thutruong.so-y-te";
    static final String HEALTH_OFFICER = "canbo.so-y-te";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    Http as(String user) {
        return Http.as(port, user);
    }

    static String planCode() {
        return UUID.randomUUID().toString().substring(0, 6) + "/KH-UBND";
    }

    static Map<String, Object> task(String code, String title, List<String> leads, List<String> coordinating,
            String dueDate) {
        Map<String, Object> task = new HashMap<>();
        task.put("code", code);
        task.put("title", title);
        task.put("group", "Nâng cao hiệu lực, hiệu quả quản lý nhà nước về giảm nghèo");
        task.put("leadAgencies", leads);
        task.put("coordinatingAgencies", coordinating);
        task.put("dueDate", dueDate);
        task.put("output", "Kế hoạch, báo cáo");
        return task;
    }

    static Map<String, Object> plan(String code, String issuedOn, List<Map<String, Object>> tasks) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("code", code);
        plan.put("title", "Kế hoạch thực hiện Chỉ thị số 05-CT/TW về giảm nghèo bền vững đến năm 2030");
        plan.put("issuingBody", "ubnd-tinh");
        plan.put("reviewLocalPlans", true); // the walks below go through the
                                            // coordinator's review
        plan.put("issuedOn", issuedOn);
        plan.put("directive", "05-CT/TW");
        plan.put("tasks", tasks);
        return plan;
    }

    String future(int days) {
        return LocalDate.now().plusDays(days).toString();
    }

    JsonNode tasksOf(String user, String processInstanceId) {
        return as(user).get("/engine-rest/task?processInstanceId=" + processInstanceId).json();
    }

    String taskId(String user, String processInstanceId, String definitionKey) {
        for (JsonNode task : tasksOf(user, processInstanceId)) {
            if (task.path("taskDefinitionKey").asText().equals(definitionKey)) {
                return task.path("id").asText();
            }
        }
        throw new AssertionError(user + " sees no " + definitionKey + " in " + processInstanceId);
    }

    static Map<String, Object> variables(Object... nameValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            variables.put((String) nameValues[i], Map.of("value", nameValues[i + 1]));
        }
        return Map.of("variables", variables);
    }

    JsonNode assignmentFor(JsonNode plan, String taskCode, String agency) {
        return StreamSupport.stream(plan.path("assignments").spliterator(), false)
            .filter(a -> a.path("taskCode").asText().equals(taskCode) && a.path("agency").asText().equals(agency))
            .findFirst()
            .orElseThrow();
    }

    @Test
    void aPlanStartsOneAssignmentPerTaskAndLeadAgencyVisibleToThatAgencyOnly() {
        String code = planCode();

        Http.Response created = as(COORDINATOR).post("/api/plans", plan(code, "2026-01-05", List.of(
                task("1", "Xây dựng kế hoạch thực hiện của sở, địa phương", List.of("so-y-te", "ubnd-yen-mo"),
                        List.of("so-tai-chinh"), future(60)),
                task("2", "Hỗ trợ giáo dục cho học sinh thuộc hộ nghèo", List.of("so-gd-dt"), List.of(), future(90)))));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode plan = created.json();
        assertThat(plan.path("assignments")).hasSize(3);
        JsonNode health = assignmentFor(plan, "1", "so-y-te");
        String instance = health.path("processInstanceId").asText();
        assertThat(runtime.createProcessInstanceQuery()
            .processInstanceBusinessKey(code + "/1/so-y-te")
            .processDefinitionKey(TaskAssignmentProcess.KEY)
            .count()).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(code + "/%").count())
            .isEqualTo(3);

        JsonNode seenByHealth = tasksOf(HEALTH_HEAD, instance);
        assertThat(seenByHealth).hasSize(1);
        // the task's name tells which task of which plan it is
        assertThat(seenByHealth.get(0).path("name").asText())
            .isEqualTo("Tiếp nhận nhiệm vụ: 1 Xây dựng kế hoạch thực hiện của sở, địa phương (" + code + ")");
        assertThat(seenByHealth.get(0).path("due").isNull()).isFalse();
        assertThat(tasksOf("canbo.ubnd-yen-mo", instance)).isEmpty();
        // the list of assignments as a workbook: the same filters, each agency its own
        String coordinatorSheet = sheetText(COORDINATOR, "/api/assignments.xlsx?plan=" + code);
        assertThat(coordinatorSheet).contains("Xây dựng kế hoạch thực hiện của sở, địa phương", "Sở Y tế",
                "UBND huyện Yên Mô", "Hỗ trợ giáo dục cho học sinh thuộc hộ nghèo");
        String healthSheet = sheetText(HEALTH_HEAD, "/api/assignments.xlsx?plan=" + code);
        assertThat(healthSheet).contains("Sở Y tế").doesNotContain("UBND huyện Yên Mô");
        assertThat(tasksOf("thutruong.so-gd-dt", instance)).isEmpty();
        assertThat(tasksOf(COORDINATOR, instance)).hasSize(1);
        // an agency reads its own assignments only
        JsonNode healthView = as(HEALTH_HEAD).get("/api/plans/" + plan.path("id").asText()).json();
        assertThat(healthView.path("assignments")).hasSize(1);
        assertThat(as(HEALTH_HEAD).get("/api/assignments/" + assignmentFor(plan, "2", "so-gd-dt").path("id").asText())
            .status()).isEqualTo(404);
    }

    @Test
    void theWholePathWithAReturnForRevisionCanBeWalkedThroughTheRestApi() {
        JsonNode plan = as(COORDINATOR)
            .post("/api/plans",
                    plan(planCode(), "2026-01-05", List.of(task("3.1", "Hỗ trợ y tế, bảo hiểm y tế cho người nghèo",
                            List.of("so-y-te"), List.of("bhxh"), future(30)))))
            .json();
        JsonNode assignment = assignmentFor(plan, "3.1", "so-y-te");
        String instance = assignment.path("processInstanceId").asText();
        String id = assignment.path("id").asText();

        // the agency acknowledges and names its officer
        String acknowledge = taskId(HEALTH_HEAD, instance, "Task_AcknowledgeTask");
        assertThat(as(HEALTH_HEAD).post("/engine-rest/task/" + acknowledge + "/claim", Map.of("userId", HEALTH_HEAD))
            .status()).isEqualTo(204);
        Http.Response stranger = as(HEALTH_HEAD).post("/engine-rest/task/" + acknowledge + "/complete",
                variables("officerUserId", "canbo.ubnd-yen-mo"));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.body()).contains("officerUserId");
        assertThat(as(HEALTH_HEAD)
            .post("/engine-rest/task/" + acknowledge + "/complete", variables("officerUserId", HEALTH_OFFICER))
            .status()).isEqualTo(204);

        // the coordinating agency is asked to contribute, the officer drafts
        String contribution = taskId("thutruong.bhxh", instance, "Task_ContributeToDraft");
        assertThat(as("thutruong.bhxh")
            .post("/engine-rest/task/" + contribution + "/complete",
                    variables("contribution", "Đề nghị bổ sung chỉ tiêu bao phủ bảo hiểm y tế"))
            .status()).isEqualTo(204);
        String draft = taskId(HEALTH_OFFICER, instance, "Task_DraftLocalPlan");
        Http.Response empty = as(HEALTH_OFFICER).post("/engine-rest/task/" + draft + "/complete", variables());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("draftSummary");
        assertThat(taskId(HEALTH_OFFICER, instance, "Task_DraftLocalPlan")).isEqualTo(draft);
        assertThat(as(HEALTH_OFFICER)
            .post("/engine-rest/task/" + draft + "/complete",
                    variables("draftSummary", "Kế hoạch hỗ trợ y tế cho hộ nghèo năm 2026"))
            .status()).isEqualTo(204);

        // the coordinator returns the draft with a comment
        String review = taskId(COORDINATOR, instance, "Task_ReviewDraft");
        assertThat(as(HEALTH_OFFICER).post("/engine-rest/task/" + review + "/complete", variables("approved", true))
            .status()).isEqualTo(403);
        Http.Response silentReturn = as(COORDINATOR).post("/engine-rest/task/" + review + "/complete",
                variables("approved", false));
        assertThat(silentReturn.status()).isEqualTo(400);
        assertThat(silentReturn.body()).contains("reviewComment");
        assertThat(as(COORDINATOR)
            .post("/engine-rest/task/" + review + "/complete",
                    variables("approved", false, "reviewComment", "Bổ sung tiến độ từng quý"))
            .status()).isEqualTo(204);

        // the redraft shows the comment
        String redraft = taskId(HEALTH_OFFICER, instance, "Task_DraftLocalPlan");
        assertThat(as(HEALTH_OFFICER).get("/engine-rest/task/" + redraft + "/form-variables")
            .json()
            .path("reviewComment")
            .path("value")
            .asText()).isEqualTo("Bổ sung tiến độ từng quý");
        assertThat(as(HEALTH_OFFICER)
            .post("/engine-rest/task/" + redraft + "/complete",
                    variables("draftSummary", "Kế hoạch đã bổ sung tiến độ từng quý"))
            .status()).isEqualTo(204);
        review = taskId(COORDINATOR, instance, "Task_ReviewDraft");
        assertThat(
                as(COORDINATOR).post("/engine-rest/task/" + review + "/complete", variables("approved", true)).status())
            .isEqualTo(204);

        // the agency issues its plan: a missing signer is refused
        String issue = taskId(HEALTH_OFFICER, instance, "Task_IssueLocalPlan");
        Http.Response unsigned = as(HEALTH_OFFICER).post("/engine-rest/task/" + issue + "/complete",
                variables("documentNumber", "45/KH-SYT", "issuedOn", LocalDate.now().toString()));
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(unsigned.body()).contains("signer");
        assertThat(as(HEALTH_OFFICER)
            .post("/engine-rest/task/" + issue + "/submit-form",
                    variables("documentNumber", "45/KH-SYT", "issuedOn", LocalDate.now().toString(), "signer",
                            "Nguyễn Văn An"))
            .status()).isEqualTo(204);

        // carries it out and reports; the coordinator confirms
        String report = taskId(HEALTH_OFFICER, instance, "Task_CarryOutTask");
        assertThat(as(HEALTH_OFFICER)
            .post("/engine-rest/task/" + report + "/complete",
                    variables("resultSummary", "Đã cấp thẻ bảo hiểm y tế cho 100% hộ nghèo"))
            .status()).isEqualTo(204);
        String confirm = taskId(COORDINATOR, instance, "Task_ConfirmCompletion");
        assertThat(as(COORDINATOR).post("/engine-rest/task/" + confirm + "/complete", variables("approved", true))
            .status()).isEqualTo(204);

        // then
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        JsonNode details = as(HEALTH_HEAD).get("/api/assignments/" + id).json();
        assertThat(details.path("assignment").path("stage").asText()).isEqualTo("DONE");
        assertThat(details.path("assignment").path("outcome").asText()).isEqualTo("DONE_ON_TIME");
        assertThat(details.path("assignment").path("officerUserId").asText()).isEqualTo(HEALTH_OFFICER);
        assertThat(details.path("assignment").path("localPlan").path("documentNumber").asText()).isEqualTo("45/KH-SYT");
        assertThat(details.path("events").findValuesAsText("kind")).containsSubsequence("ASSIGNED", "ACKNOWLEDGED",
                "DRAFT_SUBMITTED", "DRAFT_RETURNED", "DRAFT_SUBMITTED", "DRAFT_APPROVED", "LOCAL_PLAN_ISSUED",
                "COMPLETION_REPORTED", "COMPLETION_CONFIRMED", "DONE_ON_TIME");
        assertThat(details.path("events").findValuesAsText("comment")).contains("Bổ sung tiến độ từng quý",
                "Đề nghị bổ sung chỉ tiêu bao phủ bảo hiểm y tế");
    }

    @Test
    void workConfirmedAfterTheDeadlineIsDoneLate() {
        JsonNode plan = as(COORDINATOR)
            .post("/api/plans",
                    plan(planCode(), "2022-01-10", List.of(task("5.1", "Rà soát hộ nghèo, hộ cận nghèo năm 2022",
                            List.of("ubnd-kim-son"), List.of(), "2022-12-31"))))
            .json();
        String instance = assignmentFor(plan, "5.1", "ubnd-kim-son").path("processInstanceId").asText();
        String agency = "thutruong.ubnd-kim-son";

        as(agency).post("/engine-rest/task/" + taskId(agency, instance, "Task_AcknowledgeTask") + "/complete",
                variables());
        as(agency).post("/engine-rest/task/" + taskId(agency, instance, "Task_DraftLocalPlan") + "/complete",
                variables("draftSummary", "Kế hoạch rà soát hộ nghèo"));
        as(COORDINATOR).post("/engine-rest/task/" + taskId(COORDINATOR, instance, "Task_ReviewDraft") + "/complete",
                variables("approved", true));
        as(agency).post("/engine-rest/task/" + taskId(agency, instance, "Task_IssueLocalPlan") + "/complete",
                variables("documentNumber", "12/KH-UBND", "issuedOn", "2022-03-01", "signer", "Trần Văn Bình"));
        as(agency).post("/engine-rest/task/" + taskId(agency, instance, "Task_CarryOutTask") + "/complete",
                variables("resultSummary", "Đã rà soát xong"));
        as(COORDINATOR).post(
                "/engine-rest/task/" + taskId(COORDINATOR, instance, "Task_ConfirmCompletion") + "/complete",
                variables("approved", true));

        JsonNode assignment = as(COORDINATOR).get("/api/assignments?plan=" + plan.path("code").asText()).json().get(0);
        assertThat(assignment.path("outcome").asText()).isEqualTo("DONE_LATE");
        assertThat(assignment.path("completedOn").asText()).isEqualTo(LocalDate.now().toString());
    }

    @Test
    void badInputIsRefusedNamingEveryProblemAndNothingIsCreated() {
        String existing = planCode();
        assertThat(as(COORDINATOR)
            .post("/api/plans",
                    plan(existing, "2026-01-05",
                            List.of(task("1", "Nhiệm vụ", List.of("so-y-te"), List.of(), future(30)))))
            .status()).isEqualTo(201);
        long instancesBefore = runtime.createProcessInstanceQuery().count();
        int plansBefore = as(COORDINATOR).get("/api/plans").json().size();

        Map<String, Object> noTitle = task("2", " ", List.of("so-y-te"), List.of(), future(30));
        Http.Response refused = as(COORDINATOR).post("/api/plans",
                plan(existing, "2026-01-05",
                        List.of(task("1", "Nhiệm vụ có cơ quan lạ", List.of("so-khong-co"), List.of(), future(30)),
                                noTitle,
                                task("3", "Nhiệm vụ hạn sai", List.of("so-y-te"), List.of("so-y-te"), "2025-12-31"))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        List<String> fields = refused.json().path("errors").findValuesAsText("field");
        assertThat(fields).containsExactlyInAnyOrder("code", "tasks[0].leadAgencies[0]", "tasks[1].title",
                "tasks[2].coordinatingAgencies", "tasks[2].dueDate");
        assertThat(refused.json().path("detail").asText()).contains("so-khong-co", "đã có trong hệ thống");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(as(COORDINATOR).get("/api/plans").json()).hasSize(plansBefore);
    }

    @Test
    void onlyTheCoordinatorAndAdministratorsEnterPlans() {
        Http.Response byAgency = as(HEALTH_HEAD).post("/api/plans", plan(planCode(), "2026-01-05",
                List.of(task("1", "Nhiệm vụ", List.of("so-y-te"), List.of(), future(30)))));

        assertThat(byAgency.status()).isEqualTo(403);
        assertThat(Http.anonymous(port).get("/api/plans").status()).isEqualTo(401);
    }

    /** Every cell of a downloaded workbook's first sheet, as text. */
    String sheetText(String user, String path) {
        try (org.apache.poi.ss.usermodel.Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(as(user).download(path)))) {
            StringBuilder text = new StringBuilder();
            org.apache.poi.ss.usermodel.DataFormatter cells = new org.apache.poi.ss.usermodel.DataFormatter();
            workbook.getSheetAt(0)
                .forEach(row -> row.forEach(cell -> text.append(cells.formatCellValue(cell)).append('|')));
            return text.toString();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
