package vn.gov.oversight.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.escalation.Escalation;
import vn.gov.oversight.escalation.EscalationDecided;
import vn.gov.oversight.escalation.EscalationTestSupport;
import vn.gov.oversight.escalation.Escalations;
import vn.gov.oversight.support.DueJobs;
import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;
import vn.gov.oversight.support.MutableClock;
import vn.gov.oversight.support.WaitingTasks;

/**
 * An inspection of Yên Mô through the API and the engine's REST API, as its people would
 * work it: the team (a DOLISA officer leading, a health department officer) records two
 * findings, the notice is signed, Yên Mô remediates; one remediation is late and reaches
 * the steering committee once, which orders an inspection; the inspection closes only
 * when both remediations are accepted. Who sees what, and the documents, on the way.
 */
@IntegrationTest
class InspectionIntegrationTests {

    static final String COORDINATOR = "canbo.so-ldtbxh";
    static final String COORDINATOR_HEAD = "thutruong.so-ldtbxh";
    static final String MEMBER = "canbo.so-y-te";
    static final String INSPECTED = "thutruong.ubnd-yen-mo";
    static final String OTHER_AGENCY = "thutruong.ubnd-kim-son";

    /** Of the team member's agency, but not on the team. */
    static final String MEMBERS_COLLEAGUE = "thutruong.so-y-te";
    static final String COMMITTEE = "truongban.bcd";
    static final byte[] PDF = "%PDF-1.4\n% biên bản\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    Escalations escalations;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    Inspections inspections;

    @Autowired
    ManagementService management;

    Task waiting(String instance, String step) {
        return WaitingTasks.waiting(tasks, instance, step);
    }

    static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], Map.of("value", namesAndValues[i + 1]));
        }
        return Map.of("variables", variables);
    }

    Http.Response complete(String user, Task task, Object... namesAndValues) {
        return Http.as(port, user).post("/engine-rest/task/" + task.getId() + "/complete", variables(namesAndValues));
    }

    Map<String, Object> request(String title, List<String> agencies) {
        LocalDate today = LocalDate.now();
        Map<String, Object> request = new HashMap<>();
        request.put("origin", "AD_HOC");
        request.put("trigger", "COMPLAINT");
        request.put("triggerNote", "Đơn phản ánh việc bình xét hộ nghèo");
        request.put("title", title);
        request.put("agencies", agencies);
        request.put("team", List.of(Map.of("userId", COORDINATOR, "agencyCode", "so-ldtbxh", "leader", true),
                Map.of("userId", MEMBER, "agencyCode", "so-y-te", "leader", false)));
        request.put("startsOn", today.plusDays(7).toString());
        request.put("endsOn", today.plusDays(21).toString());
        return request;
    }

    @Test
    void twoFindingsForOneAgencyCloseOnlyWhenBothRemediationsAreAcceptedAndALateOneIsEscalatedOnce() throws Exception {
        Http coordinator = Http.as(port, COORDINATOR);
        String title = "Kiểm tra bình xét hộ nghèo " + UUID.randomUUID().toString().substring(0, 6);

        // refused: not the coordinator (403), two leaders or an unknown agency (400)
        Http.Response forbidden = Http.as(port, INSPECTED)
            .post("/api/inspections", request(title, List.of("ubnd-yen-mo")));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().path("title").asText()).isEqualTo("Không có quyền");
        Map<String, Object> twoLeaders = request(title, List.of("ubnd-yen-mo", "khong-co"));
        twoLeaders.put("team", List.of(Map.of("userId", COORDINATOR, "agencyCode", "so-ldtbxh", "leader", true),
                Map.of("userId", MEMBER, "agencyCode", "so-y-te", "leader", true)));
        Http.Response invalid = coordinator.post("/api/inspections", twoLeaders);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("đúng một trưởng đoàn", "khong-co");

        Map<String, Object> late = request(title, List.of("ubnd-yen-mo"));
        late.put("startsOn", LocalDate.now().minusDays(1).toString());
        assertThat(coordinator.post("/api/inspections", late).json().path("detail").asText())
            .contains("Hạn cung cấp hồ sơ", "đã qua");

        // when the coordinator opens the inspection
        Http.Response opened = coordinator.post("/api/inspections", request(title, List.of("ubnd-yen-mo")));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.json().path("id").asLong();
        String instance = opened.json().path("processInstanceId").asText();
        assertThat(opened.json().path("status").asText()).isEqualTo("UNDER_WAY");

        // then the inspected agency and the team see it; another agency, the member's
        // colleague, the committee do not
        for (String user : List.of(COORDINATOR, INSPECTED, MEMBER, "admin")) {
            assertThat(Http.as(port, user).get("/api/inspections/" + id).status()).as(user).isEqualTo(200);
            assertThat(ids(Http.as(port, user).get("/api/inspections?agency=ubnd-yen-mo").json())).as(user)
                .contains(id);
        }
        for (String user : List.of(OTHER_AGENCY, MEMBERS_COLLEAGUE, COMMITTEE)) {
            Http.Response hidden = Http.as(port, user).get("/api/inspections/" + id);
            assertThat(hidden.status()).as(user).isEqualTo(404);
            assertThat(hidden.json().path("detail").asText()).contains("Không có cuộc kiểm tra");
            assertThat(ids(Http.as(port, user).get("/api/inspections").json())).as(user).doesNotContain(id);
        }
        assertThat(ids(
                coordinator.get("/api/inspections?status=CLOSED&year=" + LocalDate.now().plusDays(7).getYear()).json()))
            .doesNotContain(id);

        // Yên Mô uploads what was asked for: a PDF is kept with its checksum; other files
        // are refused
        Http yenMo = Http.as(port, INSPECTED);
        Http.Response uploaded = yenMo.postMultipart("/api/inspections/" + id + "/documents", Map.of(),
                "Báo cáo bình xét.pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long document = uploaded.json().path("id").asLong();
        assertThat(uploaded.json().path("sha256").asText()).isEqualTo(InspectionDocuments.sha256(PDF));
        assertThat(uploaded.json().path("uploadedBy").asText()).isEqualTo(INSPECTED);
        assertThat(uploaded.json().path("contentType").asText()).isEqualTo("application/pdf");
        Http.Response program = yenMo.postMultipart("/api/inspections/" + id + "/documents", Map.of(), "setup.exe",
                new byte[] { 'M', 'Z', 0, 0 });
        assertThat(program.status()).isEqualTo(400);
        assertThat(program.json().path("detail").asText()).contains("Chỉ nhận tệp PDF", "setup.exe");
        Http.Response disguised = yenMo.postMultipart("/api/inspections/" + id + "/documents", Map.of(), "bao-cao.pdf",
                "<script>".getBytes(StandardCharsets.UTF_8));
        assertThat(disguised.status()).isEqualTo(400);
        byte[] large = new byte[11 * 1024 * 1024];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        Http.Response tooLarge = yenMo.postMultipart("/api/inspections/" + id + "/documents", Map.of(), "lon.pdf",
                large);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().path("detail").asText()).contains("quá giới hạn 10 MB");
        assertThat(Http.as(port, OTHER_AGENCY)
            .postMultipart("/api/inspections/" + id + "/documents", Map.of(), "x.pdf", PDF)
            .status()).isEqualTo(404);
        // downloaded by the team, the agency, the coordinator and administrators only
        String path = "/api/inspections/" + id + "/documents/" + document;
        for (String user : List.of(INSPECTED, MEMBER, COORDINATOR, "admin")) {
            assertThat(Http.as(port, user).download(path)).as(user).isEqualTo(PDF);
        }
        for (String user : List.of(OTHER_AGENCY, MEMBERS_COLLEAGUE, COMMITTEE)) {
            assertThat(Http.as(port, user).get(path).status()).as(user).isEqualTo(404);
        }
        assertThat(yenMo.get("/api/inspections/" + id + "/documents").json()).hasSize(1);

        // the inspected agency is told by mail
        await().atMost(Duration.ofSeconds(30))
            .until(() -> Http.as(port, INSPECTED)
                .get("/api/notifications")
                .json()
                .findValuesAsText("subject")
                .contains("[Kiểm tra] " + title));

        // in the engine too: the agency sees its own task; another agency and the
        // member's colleague see none
        assertThat(Http.as(port, INSPECTED).get("/engine-rest/task?processInstanceId=" + instance).json()).hasSize(1);
        for (String user : List.of(OTHER_AGENCY, MEMBERS_COLLEAGUE)) {
            assertThat(Http.as(port, user).get("/engine-rest/task?processInstanceId=" + instance).json()).as(user)
                .isEmpty();
        }

        // Yên Mô says what it provided; a forged finding id is refused
        Task provide = waiting(instance, InspectionProcess.Elements.TASK_PROVIDE_DOCUMENTS);
        assertThat(complete(INSPECTED, provide, "documentsNote", "Biên bản bình xét", "findingId", 1L).status())
            .isEqualTo(400);
        assertThat(complete(OTHER_AGENCY, provide, "documentsNote", "x").status()).isIn(403, 404);
        assertThat(yenMo
            .post("/engine-rest/task/" + provide.getId() + "/submit-form",
                    variables("documentsNote", "x", "agencyCode", "ubnd-kim-son"))
            .status()).isEqualTo(400);
        assertThat(yenMo
            .put("/engine-rest/process-instance/" + instance + "/variables/findingId",
                    Map.of("value", 1, "type", "Long"))
            .status()).isBetween(400, 499);
        assertThat(yenMo
            .post("/engine-rest/process-instance/" + instance + "/variables",
                    Map.of("modifications", Map.of("agencyCode", Map.of("value", "ubnd-kim-son"))))
            .status()).isBetween(400, 499);
        assertThat(complete(INSPECTED, provide, "documentsNote", "Biên bản bình xét các thôn").status()).isEqualTo(204);

        // the team records the minutes and two findings, one at a time; not the member's
        // colleague
        Task record = waiting(instance, InspectionProcess.Elements.TASK_RECORD_FINDINGS);
        assertThat(complete(MEMBERS_COLLEAGUE, record, "minutes", "x").status()).isIn(403, 404);
        String due = LocalDate.now().plusDays(30).toString();
        Http.Response wrongAgency = complete(MEMBER, record, "minutes", "Biên bản", "findingAgency", "ubnd-kim-son",
                "findingDescription", "Bình xét sai", "remediationRequired", "Bình xét lại", "remediationDueDate", due,
                "recordMore", true);
        assertThat(wrongAgency.status()).isEqualTo(400);
        assertThat(wrongAgency.body()).contains("findingAgency");
        assertThat(complete(MEMBER, record, "minutes", "Làm việc với UBND huyện Yên Mô ngày ...", "findingAgency",
                "ubnd-yen-mo", "findingDescription", "Hai thôn bình xét hộ nghèo không đúng quy trình",
                "remediationRequired", "Tổ chức bình xét lại tại hai thôn", "remediationDueDate", due, "recordMore",
                true)
            .status()).isEqualTo(204);
        record = waiting(instance, InspectionProcess.Elements.TASK_RECORD_FINDINGS);
        assertThat(complete(COORDINATOR, record, "minutes", "Làm việc với UBND huyện Yên Mô ngày ...", "findingAgency",
                "ubnd-yen-mo", "findingDescription", "Chưa công khai danh sách hộ nghèo", "remediationRequired",
                "Niêm yết công khai danh sách", "remediationDueDate", due, "recordMore", false)
            .status()).isEqualTo(204);

        // the team's own steps are on the ladder: a draft kept too long goes to the
        // committee as the coordinator's
        Task draft = waiting(instance, InspectionProcess.Elements.TASK_SUBMIT_DRAFT_CONCLUSION);
        assertThat(draft.getDueDate()).isNotNull();
        EscalationTestSupport.moveStep(context, instance, InspectionProcess.Elements.TASK_SUBMIT_DRAFT_CONCLUSION,
                new Date(System.currentTimeMillis() + 2000));
        List<Escalation> lateDraft = await().atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> escalations.search(null, "so-ldtbxh", null)
                .stream()
                .filter(escalation -> escalation.subjectType().equals("INSPECTION") && escalation.subjectId() == id
                        && escalation.stepKey().equals(InspectionProcess.Elements.TASK_SUBMIT_DRAFT_CONCLUSION))
                .toList(), found -> found.size() == 1);
        assertThat(lateDraft.get(0).title()).startsWith("Trình dự thảo kết luận của cuộc kiểm tra");

        // the leader submits the draft, the coordinator's head signs
        assertThat(draft.getAssignee()).isEqualTo(COORDINATOR);
        assertThat(
                complete(COORDINATOR, draft, "conclusion", "UBND huyện Yên Mô cơ bản thực hiện đúng; còn hai tồn tại.")
                    .status())
            .isEqualTo(204);
        Task sign = waiting(instance, InspectionProcess.Elements.TASK_SIGN_CONCLUSION);
        assertThat(complete(COORDINATOR, sign, "approved", true, "noticeNumber", "15/TB-SNNMT", "signedOn",
                LocalDate.now().toString())
            .status()).as("an officer of the coordinator does not sign").isIn(403, 404);
        assertThat(complete(COORDINATOR_HEAD, sign, "approved", true).status()).isEqualTo(400);
        assertThat(complete(COORDINATOR_HEAD, sign, "approved", true, "noticeNumber", "15/TB-SNNMT", "signedOn",
                LocalDate.now().toString())
            .status()).isEqualTo(204);

        JsonNode concluded = yenMo.get("/api/inspections/" + id).json();
        assertThat(concluded.path("status").asText()).isEqualTo("REMEDIATING");
        assertThat(concluded.path("findings")).hasSize(2);
        long first = concluded.path("findings").get(0).path("id").asLong();
        long second = concluded.path("findings").get(1).path("id").asLong();
        try (XWPFDocument notice = new XWPFDocument(
                new ByteArrayInputStream(yenMo.download("/api/inspections/" + id + "/conclusion.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(notice)) {
            assertThat(text.getText()).contains("THÔNG BÁO KẾT LUẬN KIỂM TRA", "15/TB-SNNMT",
                    "Hai thôn bình xét hộ nghèo không đúng quy trình", "Niêm yết công khai danh sách");
        }

        // the first finding is remediated and accepted: the inspection stays open for the
        // second
        List<Task> reports = await().until(() -> tasks.createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey(InspectionProcess.Elements.TASK_REPORT_REMEDIATION)
            .list(), list -> list.size() == 2);
        Task firstReport = reportOf(reports, first);
        assertThat(complete(INSPECTED, firstReport, "remediationReport", "Đã bình xét lại, biên bản kèm theo").status())
            .isEqualTo(204);
        Task firstVerify = waiting(instance, InspectionProcess.Elements.TASK_VERIFY_REMEDIATION);
        assertThat(complete(COORDINATOR, firstVerify, "approved", true).status()).isEqualTo(204);
        JsonNode afterFirst = coordinator.get("/api/inspections/" + id).json();
        assertThat(afterFirst.path("status").asText()).isEqualTo("REMEDIATING");
        assertThat(afterFirst.path("findings").get(0).path("status").asText()).isEqualTo("CLOSED");

        // forty days on, the board counts the second remediation as overdue for Yên Mô
        clock.advance(Duration.ofDays(40));
        try {
            JsonNode board = coordinator.get("/api/board").json();
            long overdue = 0;
            for (JsonNode row : board.path("agencies")) {
                if (row.path("agency").asText().equals("ubnd-yen-mo")) {
                    overdue = row.path("overdueRemediations").asLong();
                }
            }
            assertThat(overdue).isEqualTo(1);
        }
        finally {
            clock.reset();
        }

        // the second passes its deadline: the ladder brings it to the steering committee,
        // once
        EscalationTestSupport.moveStep(context, instance, "Task_ReportRemediation/ubnd-yen-mo",
                new Date(System.currentTimeMillis() + 3000));
        await().atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> remediationEscalations(second).size() == 1);
        // nothing more may come: every due timer of the instance has run
        DueJobs.awaitRun(management, instance);
        List<Escalation> escalated = remediationEscalations(second);
        assertThat(escalated).hasSize(1);
        assertThat(escalated.get(0).agency()).isEqualTo("ubnd-yen-mo");
        assertThat(jdbc.queryForObject("select count(*) from ladder_rung where subject_type = 'REMEDIATION' and "
                + "subject_id = ? and rung = 'ESCALATION'", Long.class, second))
            .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                "select count(*) from ladder_rung where subject_type = 'REMEDIATION' and " + "subject_id = ?",
                Long.class, first))
            .isZero();

        // had the committee extended it instead, the finding (not the closed one) would
        // be due on the new date
        LocalDate extended = LocalDate.now().plusDays(45);
        inspections.on(new EscalationDecided(escalated.get(0).id(), "REMEDIATION", second,
                "Task_ReportRemediation/ubnd-yen-mo", Escalation.Decision.EXTEND, null, extended, COMMITTEE,
                Instant.now()));
        // (the listener runs asynchronously, as after a real decision)
        JsonNode afterExtension = await().atMost(Duration.ofSeconds(10))
            .until(() -> coordinator.get("/api/inspections/" + id).json().path("findings"),
                    findings -> findings.get(1).path("dueDate").asText().equals(extended.toString()));
        assertThat(afterExtension.get(0).path("dueDate").asText()).isEqualTo(due);

        // the committee orders an inspection of Yên Mô: it waits for its team, then
        // starts
        Task review = waiting(escalated.get(0).reviewProcessInstanceId(), "Task_ReviewEscalation");
        assertThat(complete(COMMITTEE, review, "decision", "INSPECT", "inspectionNote", "Kiểm tra việc chậm khắc phục")
            .status()).isEqualTo(204);
        long ordered = await().atMost(Duration.ofSeconds(20))
            .until(() -> jdbc.queryForList("select id from inspection where escalation_id = ?", Long.class,
                    escalated.get(0).id()), list -> list.size() == 1)
            .get(0);
        JsonNode requested = coordinator.get("/api/inspections/" + ordered).json();
        assertThat(requested.path("status").asText()).isEqualTo("REQUESTED");
        assertThat(requested.path("trigger").asText()).isEqualTo("ESCALATION");
        assertThat(requested.path("agencies").get(0).asText()).isEqualTo("ubnd-yen-mo");
        assertThat(yenMo.get("/api/inspections/" + ordered).status()).isEqualTo(200);
        Map<String, Object> start = new HashMap<>(request(title, List.of()));
        start.remove("agencies");
        Http.Response started = coordinator.post("/api/inspections/" + ordered + "/start", start);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().path("status").asText()).isEqualTo("UNDER_WAY");
        assertThat(coordinator.post("/api/inspections/" + ordered + "/start", start).status()).isEqualTo(409);

        // the late remediation is returned once, then accepted: now the inspection closes
        Task secondReport = reportOf(tasks.createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey(InspectionProcess.Elements.TASK_REPORT_REMEDIATION)
            .list(), second);
        assertThat(complete(INSPECTED, secondReport, "remediationReport", "Đang niêm yết").status()).isEqualTo(204);
        Task secondVerify = waiting(instance, InspectionProcess.Elements.TASK_VERIFY_REMEDIATION);
        assertThat(complete(COORDINATOR, secondVerify, "approved", false).status()).isEqualTo(400);
        assertThat(complete(COORDINATOR, secondVerify, "approved", false, "reviewComment", "Chưa có ảnh niêm yết")
            .status()).isEqualTo(204);
        assertThat(coordinator.get("/api/inspections/" + id).json().path("findings").get(1).path("status").asText())
            .isEqualTo("RETURNED");
        secondReport = waiting(instance, InspectionProcess.Elements.TASK_REPORT_REMEDIATION);
        assertThat(yenMo
            .postMultipart("/api/inspections/" + id + "/documents", Map.of("findingId", String.valueOf(second)),
                    "niem-yet.pdf", PDF)
            .status()).isEqualTo(201);
        assertThat(complete(INSPECTED, secondReport, "remediationReport", "Đã niêm yết, ảnh kèm theo").status())
            .isEqualTo(204);
        assertThat(coordinator.get("/api/inspections/" + id).json().path("status").asText()).isEqualTo("REMEDIATING");
        secondVerify = waiting(instance, InspectionProcess.Elements.TASK_VERIFY_REMEDIATION);
        assertThat(complete(COORDINATOR, secondVerify, "approved", true).status()).isEqualTo(204);

        JsonNode closed = coordinator.get("/api/inspections/" + id).json();
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("closedAt").isNull()).isFalse();
        assertThat(ids(coordinator.get("/api/inspections?status=CLOSED&agency=ubnd-yen-mo").json())).contains(id);
        assertThat(remediationEscalations(second)).hasSize(1);
        // documents are kept after the return, and no more are taken once closed
        assertThat(yenMo.get("/api/inspections/" + id + "/documents").json()).hasSize(2);
        assertThat(yenMo.postMultipart("/api/inspections/" + id + "/documents", Map.of(), "muon.pdf", PDF).status())
            .isEqualTo(409);
    }

    @Test
    void aSupervisionNamesItsBodyAndItsTasksSayRecommendation() {
        Map<String, Object> request = request("Giám sát chính sách BHYT hộ cận nghèo", List.of("ubnd-kim-son"));
        request.put("kind", "SUPERVISION");
        request.put("origin", "PLANNED");
        request.put("plannedMonth", 9);
        assertThat(Http.as(port, COORDINATOR).post("/api/inspections", request).status()).isEqualTo(400);
        request.put("conductedBy", "Ủy ban MTTQ Việt Nam tỉnh");

        Http.Response opened = Http.as(port, COORDINATOR).post("/api/inspections", request);

        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().path("kind").asText()).isEqualTo("SUPERVISION");
        assertThat(opened.json().path("plannedMonth").asInt()).isEqualTo(9);
        Task provide = waiting(opened.json().path("processInstanceId").asText(),
                InspectionProcess.Elements.TASK_PROVIDE_DOCUMENTS);
        assertThat(provide.getName()).startsWith("Cung cấp hồ sơ, tài liệu: Giám sát chính sách BHYT")
            .endsWith("(UBND huyện Kim Sơn)");
        assertThat(Http.as(port, "thutruong.ubnd-kim-son")
            .get("/api/inspections/" + opened.json().path("id").asLong())
            .status()).isEqualTo(200);
    }

    List<Escalation> remediationEscalations(long findingId) {
        return escalations.search(null, "ubnd-yen-mo", null)
            .stream()
            .filter(escalation -> escalation.subjectType().equals("REMEDIATION") && escalation.subjectId() == findingId)
            .toList();
    }

    Task reportOf(List<Task> reports, long findingId) {
        return reports.stream()
            .filter(task -> Long.valueOf(findingId)
                .equals(tasks.getVariable(task.getId(), InspectionProcess.Variables.FINDING_ID)))
            .findFirst()
            .orElseThrow();
    }

    static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

}
