package vn.gov.oversight.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;
import vn.gov.oversight.support.PageSession;

/**
 * The 2025 reforms as the directory holds them: a department's work split three ways, a
 * district's shared out among its communes or handed back to the coordinator, each item
 * moved in one go with its history, and nothing left with the agency that ended.
 */
@IntegrationTest
class SplitIntegrationTests {

    static final String COORDINATOR = "canbo.so-ldtbxh";
    static final String PASSWORD = "mat-khau-an-toan";

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcClient jdbc;

    String suffix;

    @BeforeEach
    void suffix() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
    }

    String agency(String prefix, String name, String kind) {
        String code = prefix + "-" + suffix;
        Http admin = Http.as(port, "admin");
        Http.Response created = admin.post("/api/agencies",
                Map.of("code", code, "name", name + " " + suffix, "kind", kind, "validFrom", "2021-01-01"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(admin
            .post("/api/agencies/" + code + "/members", Map.of("userId", "thutruong." + code, "firstName", "An",
                    "lastName", "Nguyễn Văn", "email", code + "@example.vn", "password", PASSWORD, "role", "HEAD"))
            .status()).isEqualTo(201);
        return code;
    }

    static Map<String, Object> task(String code, String group, String lead) {
        Map<String, Object> task = new HashMap<>();
        task.put("code", code);
        task.put("title", "Nhiệm vụ " + code + " của kế hoạch giảm nghèo");
        task.put("group", group);
        task.put("leadAgencies", List.of(lead));
        task.put("coordinatingAgencies", List.of());
        task.put("dueDate", LocalDate.now().plusDays(120).toString());
        task.put("output", "Báo cáo");
        return task;
    }

    String plan(List<Map<String, Object>> tasks) {
        String code = suffix + "-" + UUID.randomUUID().toString().substring(0, 4) + "/KH-UBND";
        Http.Response created = Http.as(port, COORDINATOR)
            .post("/api/plans", Map.of("code", code, "title", "Kế hoạch giảm nghèo bền vững", "issuingBody",
                    "ubnd-tinh", "issuedOn", LocalDate.now().toString(), "directive", "05-CT/TW", "tasks", tasks));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    /**
     * The plan's assignments by task code: (agency, stage, awaiting re-assignment, id).
     */
    Map<String, List<JsonNode>> assignments(String plan) {
        Map<String, List<JsonNode>> byTask = new HashMap<>();
        for (JsonNode assignment : Http.as(port, COORDINATOR).get("/api/assignments?plan=" + plan).json()) {
            byTask.computeIfAbsent(assignment.path("taskCode").asText(), code -> new ArrayList<>()).add(assignment);
        }
        return byTask;
    }

    String openReport(List<String> agencies) {
        String period = "DX-" + suffix + UUID.randomUUID().toString().substring(0, 3);
        Http.Response opened = Http.as(port, COORDINATOR)
            .post("/api/reporting-periods",
                    Map.of("code", period, "regime", "AD_HOC", "cutOffFrom", "2026-01-01", "cutOffTo", "2026-06-30",
                            "reportersDueDate", LocalDate.now().plusDays(20).toString(), "dueDate",
                            LocalDate.now().plusDays(30).toString(), "agencies", agencies));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return period;
    }

    long openFinding(String agency) {
        Map<String, Object> request = new HashMap<>();
        request.put("origin", "AD_HOC");
        request.put("trigger", "COMPLAINT");
        request.put("triggerNote", "Đơn phản ánh");
        request.put("title", "Kiểm tra " + suffix);
        request.put("agencies", List.of(agency));
        request.put("team", List.of(Map.of("userId", COORDINATOR, "agencyCode", "so-ldtbxh", "leader", true)));
        request.put("startsOn", LocalDate.now().plusDays(7).toString());
        request.put("endsOn", LocalDate.now().plusDays(21).toString());
        Http.Response opened = Http.as(port, COORDINATOR).post("/api/inspections", request);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long inspection = opened.json().path("id").asLong();
        // the finding as the team would have recorded it (the recording steps are the
        // inspection tests' business)
        jdbc.sql("""
                insert into inspection_finding (inspection_id, agency_code, description, remediation_required, due_date,
                       status, recorded_by, recorded_at)
                values (?, ?, 'Bình xét hộ nghèo chưa đúng quy trình', 'Bình xét lại', ?, 'OPEN', ?, current_timestamp)
                """).params(inspection, agency, LocalDate.now().plusDays(60), COORDINATOR).update();
        return inspection;
    }

    long openTasksOf(String agency) {
        return tasks.createTaskQuery().taskCandidateGroup(agency).includeAssignedTasks().count();
    }

    @Test
    void aDepartmentSplitThreeWaysMovesEachItemToItsSuccessorAndLeavesNothingBehind() {
        String old = agency("so-ld", "Sở Lao động - Thương binh và Xã hội (cũ)", "DEPARTMENT");
        String agriculture = agency("so-nnmt", "Sở Nông nghiệp và Môi trường", "DEPARTMENT");
        String homeAffairs = agency("so-nv", "Sở Nội vụ", "DEPARTMENT");
        String education = agency("so-gddt", "Sở Giáo dục và Đào tạo", "DEPARTMENT");
        String plan = plan(List.of(task("1", "Giảm nghèo", old), task("2", "Việc làm", old),
                task("3", "Giáo dục nghề nghiệp", old)));
        String period = openReport(List.of(old));
        long inspection = openFinding(old);
        assertThat(openTasksOf(old)).isEqualTo(5); // three assignments, the report, the
                                                   // documents asked for

        Map<String, Object> split = new HashMap<>();
        split.put("successorCode", agriculture);
        split.put("effectiveOn", LocalDate.now().toString());
        split.put("decision", "Nghị định số 45/2025/NĐ-CP");
        split.put("shares", List.of(Map.of("successorCode", homeAffairs, "scope", "TASK_GROUP", "value", "Việc làm"),
                Map.of("successorCode", education, "scope", "TASK", "value", "3")));

        // the coordinator previews; an agency head may not
        assertThat(Http.as(port, "thutruong." + agriculture, PASSWORD)
            .post("/api/agencies/" + old + "/successor/preview", split)
            .status()).isEqualTo(403);
        JsonNode preview = Http.as(port, COORDINATOR).post("/api/agencies/" + old + "/successor/preview", split).json();
        List<String> planned = new ArrayList<>();
        preview.path("moves")
            .forEach(move -> planned.add(move.path("kind").asText() + " " + move.path("id").asText() + " "
                    + move.path("destination").asText()));
        assertThat(planned).hasSize(5);
        assertThat(preview.path("membershipsEnding").asInt()).isEqualTo(1);
        assertThat(openTasksOf(old)).isEqualTo(5); // the preview changed nothing

        Http.Response recorded = Http.as(port, "admin").post("/api/agencies/" + old + "/successor", split);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

        // each assignment went where the split sends it, with its history
        Map<String, List<JsonNode>> byTask = assignments(plan);
        assertThat(byTask.get("1").get(0).path("agencyCode").asText()).isEqualTo(agriculture);
        assertThat(byTask.get("2").get(0).path("agencyCode").asText()).isEqualTo(homeAffairs);
        assertThat(byTask.get("3").get(0).path("agencyCode").asText()).isEqualTo(education);
        JsonNode history = Http.as(port, COORDINATOR)
            .get("/api/assignments/" + byTask.get("2").get(0).path("id").asText())
            .json()
            .path("events");
        assertThat(history.toString()).contains("AGENCY_SUCCEEDED", "Nghị định số 45/2025/NĐ-CP", homeAffairs);
        // the new lead's head sees the waiting step, and its next steps are created for
        // it
        String instance = byTask.get("2").get(0).path("processInstanceId").asText();
        assertThat(Http.as(port, "thutruong." + homeAffairs, PASSWORD)
            .get("/engine-rest/task?processInstanceId=" + instance)
            .json()).hasSize(1);
        assertThat(runtime.getVariable(instance, Directory.AGENCY_VARIABLE)).isEqualTo(homeAffairs);
        // the report and the finding went to the default successor
        JsonNode summary = Http.as(port, COORDINATOR).get("/api/reporting-periods/" + period + "/summary").json();
        assertThat(summary.path("agencies").findValuesAsText("agency")).containsExactly(agriculture);
        assertThat(jdbc.sql("select agency_code from inspection_finding where inspection_id = ?")
            .param(inspection)
            .query(String.class)
            .single()).isEqualTo(agriculture);
        assertThat(Http.as(port, "thutruong." + agriculture, PASSWORD).get("/api/inspections/" + inspection).status())
            .isEqualTo(200);
        // nothing is left with the old agency, and what moved is what the preview said
        assertThat(openTasksOf(old)).isZero();
        long id = recorded.json().path("id").asLong();
        List<String> moved = new ArrayList<>();
        Http.as(port, COORDINATOR)
            .get("/api/successions/" + id + "/moves")
            .json()
            .forEach(move -> moved.add(move.path("kind").asText() + " " + move.path("id").asText() + " "
                    + move.path("destination").asText()));
        assertThat(moved).containsExactlyInAnyOrderElementsOf(planned);
        assertThat(recorded.json().path("movedTasks").asInt()).isEqualTo(5);
    }

    @Test
    void aDistrictSharedOutAmongItsCommunesGivesEachItsOwnAssignmentAndReport() {
        String district = agency("ubnd-huyen", "UBND huyện", "LOCAL_COMMITTEE");
        String first = agency("ubnd-xa-a", "UBND xã A", "LOCAL_COMMITTEE");
        String second = agency("ubnd-xa-b", "UBND xã B", "LOCAL_COMMITTEE");
        String plan = plan(List.of(task("1", "Giảm nghèo", district)));
        String period = openReport(List.of(district));

        // sharing out needs the communes that take the territory
        Map<String, Object> split = new HashMap<>();
        split.put("effectiveOn", LocalDate.now().toString());
        split.put("remainder", "FAN_OUT");
        split.put("decision", "Nghị quyết số 1674/NQ-UBTVQH15");
        Http.Response refused = Http.as(port, "admin").post("/api/agencies/" + district + "/successor", split);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("remainder", "xã, phường nhận địa bàn");
        split.put("shares", List.of(Map.of("successorCode", first, "scope", "TERRITORY"),
                Map.of("successorCode", second, "scope", "TERRITORY")));
        Http.Response recorded = Http.as(port, "admin").post("/api/agencies/" + district + "/successor", split);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

        List<JsonNode> task = assignments(plan).get("1");
        assertThat(task).extracting(node -> node.path("agencyCode").asText() + " " + node.path("stage").asText())
            .containsExactlyInAnyOrder(district + " TRANSFERRED", first + " ACKNOWLEDGING", second + " ACKNOWLEDGING");
        assertThat(task).extracting(node -> node.path("dueDate").asText())
            .containsOnly(task.get(0).path("dueDate").asText());
        // the district's ended assignment counts nowhere on the board
        JsonNode board = Http.as(port, COORDINATOR).get("/api/board?plan=" + plan).json();
        assertThat(board.path("totals").path("open").asLong()).isEqualTo(2);
        assertThat(board.path("agencies").findValuesAsText("agency")).containsExactlyInAnyOrder(first, second);
        // each commune reports for its part; the district's report is withdrawn
        JsonNode summary = Http.as(port, COORDINATOR).get("/api/reporting-periods/" + period + "/summary").json();
        assertThat(summary.path("agencies").findValuesAsText("agency")).containsExactlyInAnyOrder(first, second);
        assertThat(summary.path("totals").path("reportsExpected").asInt()).isEqualTo(2);
        assertThat(openTasksOf(district)).isZero();
    }

    @Test
    void aDistrictsWorkHandedBackWaitsForTheCoordinatorToGiveItAgain() {
        String district = agency("ubnd-huyen", "UBND huyện", "LOCAL_COMMITTEE");
        String commune = agency("ubnd-xa", "UBND xã", "LOCAL_COMMITTEE");
        String plan = plan(List.of(task("1", "Giảm nghèo", district)));

        Map<String, Object> split = new HashMap<>();
        split.put("effectiveOn", LocalDate.now().toString());
        split.put("remainder", "RETURN");
        split.put("shares", List.of(Map.of("successorCode", commune, "scope", "TERRITORY")));
        assertThat(Http.as(port, "admin").post("/api/agencies/" + district + "/successor", split).status())
            .isEqualTo(201);

        JsonNode returned = assignments(plan).get("1").get(0);
        assertThat(returned.path("agencyCode").asText()).isEqualTo("so-ldtbxh");
        assertThat(returned.path("awaitingReassignment").asBoolean()).isTrue();
        assertThat(openTasksOf(district)).isZero();
        String id = returned.path("id").asText();

        // only the coordinator gives it again, to an agency that exists today
        assertThat(Http.as(port, "thutruong." + commune, PASSWORD)
            .post("/api/assignments/" + id + "/reassign", Map.of("agencyCodes", List.of(commune)))
            .status()).isEqualTo(403);
        Http.Response unknown = Http.as(port, COORDINATOR)
            .post("/api/assignments/" + id + "/reassign", Map.of("agencyCodes", List.of(district)));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("agencyCodes", "không còn hoạt động");
        Http.Response given = Http.as(port, COORDINATOR)
            .post("/api/assignments/" + id + "/reassign",
                    Map.of("agencyCodes", List.of(commune), "reason", "Xã kế thừa địa bàn huyện"));
        assertThat(given.status()).as(given.body()).isEqualTo(200);
        assertThat(given.json().path("agencyCode").asText()).isEqualTo(commune);
        assertThat(given.json().path("awaitingReassignment").asBoolean()).isFalse();
        assertThat(Http.as(port, "thutruong." + commune, PASSWORD)
            .get("/engine-rest/task?processInstanceId=" + given.json().path("processInstanceId").asText())
            .json()).hasSize(1);
    }

    @Test
    void theCoordinatorPreviewsOnThePageAndTheAdministratorConfirms() {
        String old = agency("so-cu", "Sở cũ", "DEPARTMENT");
        String home = agency("so-nv", "Sở Nội vụ", "DEPARTMENT");
        String education = agency("so-gddt", "Sở Giáo dục và Đào tạo", "DEPARTMENT");
        plan(List.of(task("1", "Việc làm", old), task("2", "Giáo dục nghề nghiệp", old)));
        Map<String, String> form = new HashMap<>(Map.of("predecessor", old, "successor", home, "effectiveOn",
                LocalDate.now().toString(), "remainder", "SUCCESSOR", "decision", "Quyết định số 01/QĐ-UBND", "shares",
                "nhóm nhiệm vụ: Giáo dục nghề nghiệp => " + education));

        // an agency head is not shown the page
        assertThat(PageSession.logIn(port, "thutruong." + home, PASSWORD).get("/oversight/successions").status())
            .isEqualTo(403);
        PageSession coordinator = PageSession.logIn(port, COORDINATOR);
        form.put("_csrf", csrf(coordinator.get("/oversight/successions").body()));
        PageSession.Page preview = coordinator.post("/oversight/successions/preview", form);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body())
            .contains("Sẽ chuyển 2 việc", "Chuyển cho Sở Nội vụ " + suffix,
                    "Chuyển cho Sở Giáo dục và Đào tạo " + suffix)
            .doesNotContain("Xác nhận quyết định");
        // a badly written share is named by its line
        Map<String, String> wrong = new HashMap<>(form);
        wrong.put("shares", "\nphòng ban: X => " + education);
        assertThat(coordinator.post("/oversight/successions/preview", wrong).body()).contains("Dòng 2 của phần chia");
        assertThat(coordinator.post("/oversight/successions", form).status()).isEqualTo(403);
        assertThat(openTasksOf(old)).isEqualTo(2);

        PageSession admin = PageSession.logIn(port, "admin");
        form.put("_csrf", csrf(admin.get("/oversight/successions").body()));
        assertThat(admin.post("/oversight/successions/preview", form).body()).contains("Xác nhận quyết định");
        PageSession.Page confirmed = admin.post("/oversight/successions", form);
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(admin.get(confirmed.location().replaceFirst("^https?://[^/]+", "")).body())
            .contains("Quyết định số 01/QĐ-UBND", "Chuyển cho Sở Giáo dục và Đào tạo " + suffix);
        assertThat(openTasksOf(old)).isZero();
    }

    static String csrf(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

}
