package vn.gov.oversight.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.escalation.EscalationTestSupport;
import vn.gov.oversight.escalation.Escalations;
import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;
import vn.gov.oversight.support.WaitingTasks;

/**
 * A semi-annual period opened for three districts: one reports and is accepted on time, one sends
 * invalid figures first, one never reports and is escalated; the consolidation adds up the accepted
 * figures exactly, in JSON and in the workbook.
 */
@IntegrationTest
class ReportingIntegrationTests {

    static final String COORDINATOR = "canbo.so-ldtbxh";
    static final List<String> DISTRICTS = List.of("ubnd-hoa-lu", "ubnd-tp-tam-diep", "ubnd-yen-mo");

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    Escalations escalations;

    @Autowired
    ApplicationContext context;

    static Map<String, Object> target2030(Integer value, String ratio) {
        Map<String, Object> target = new java.util.HashMap<>();
        target.put("plan", "151/KH-UBND");
        target.put("indicator", "POOR_HOUSEHOLDS");
        target.put("year", 2030);
        target.put("baselineValue", 7912);
        target.put("baselineYear", 2021);
        target.put("baselineSource", "Rà soát năm 2021");
        target.put("targetValue", value);
        target.put("targetRatio", ratio);
        target.put("source", "Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030");
        return target;
    }

    @Test
    void targetsAreEnteredByTheCoordinatorOnlyAndCheckedField() {
        JsonNode plan151 = Http.as(port, COORDINATOR).get("/api/targets?plan=151/KH-UBND").json();
        assertThat(plan151.size()).isGreaterThanOrEqualTo(4);
        assertThat(Http.as(port, "thutruong.ubnd-yen-mo").put("/api/targets", target2030(1, null)).status()).isEqualTo(403);

        Map<String, Object> wrong = target2030(100, "một phần ba");
        wrong.put("year", 1990);
        Http.Response refused = Http.as(port, COORDINATOR).put("/api/targets", wrong);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("targetRatio", "year", "Chỉ nhập một trong hai", "phân số (1/3)",
                "Năm của chỉ tiêu phải từ 2000 đến 2100");
        assertThat(Http.as(port, COORDINATOR).get("/api/targets?plan=151/KH-UBND").json()).isEqualTo(plan151);
    }

    Task waiting(String instance, String step) {
        return WaitingTasks.waiting(tasks, instance, step);
    }

    static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return Map.of("variables", variables);
    }

    static Map<String, Object> figures(int total, int poor, int nearPoor, int exited, int newly) {
        Map<String, Object> figures = new HashMap<>();
        figures.put("totalHouseholds", total);
        figures.put("poorHouseholds", poor);
        figures.put("nearPoorHouseholds", nearPoor);
        figures.put("exitedPoverty", exited);
        figures.put("newlyPoor", newly);
        figures.put("narrative", "Kết quả: giảm hộ nghèo. Khó khăn: nguồn lực. Kiến nghị: bổ sung vốn.");
        figures.put("reachedHealthPoor", poor);
        figures.put("reachedHealthNearPoor", nearPoor);
        figures.put("budgetAllocated", 500_000_000L);
        figures.put("budgetDisbursed", 420_000_000L);
        return figures;
    }

    @Test
    void aSemiAnnualPeriodFromOpeningToConsolidation() throws Exception {
        // when the coordinator opens 2027-H1 for three districts
        Http coordinator = Http.as(port, COORDINATOR);
        Http.Response opened = coordinator.post("/api/reporting-periods",
                Map.of("code", "2027-H1", "regime", "SEMI_ANNUAL", "agencies", DISTRICTS));

        // then one report task per district, due on 25/6/2027 as Decree 09/2019 says
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode period = opened.json().path("period");
        assertThat(period.path("cutOffFrom").asText()).isEqualTo("2026-12-15");
        assertThat(period.path("cutOffTo").asText()).isEqualTo("2027-06-14");
        assertThat(period.path("dueDate").asText()).isEqualTo("2027-06-25");
        Map<String, String> instances = new HashMap<>();
        opened.json().path("reports").forEach(report -> instances.put(report.path("agency").asText(),
                report.path("processInstanceId").asText()));
        assertThat(instances).containsOnlyKeys(DISTRICTS);
        Task hoaLu = waiting(instances.get("ubnd-hoa-lu"), "Task_PrepareReport");
        assertThat(hoaLu.getDueDate().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate())
                .isEqualTo(LocalDate.of(2027, 6, 25));
        assertThat(Http.as(port, "thutruong.ubnd-yen-mo").get("/engine-rest/task?processInstanceId="
                + instances.get("ubnd-hoa-lu")).json()).isEmpty();
        assertThat(coordinator.post("/api/reporting-periods", Map.of("code", "2027-H1", "regime", "SEMI_ANNUAL"))
                .status()).isEqualTo(409);
        assertThat(coordinator.post("/api/reporting-periods", Map.of("code", "2027-Q5", "regime", "QUARTERLY"))
                .status()).isEqualTo(400);

        // Hoà Lư reports and is accepted: on time
        assertThat(Http.as(port, "thutruong.ubnd-hoa-lu").post("/engine-rest/task/" + hoaLu.getId() + "/complete",
                variables(figures(30_000, 420, 610, 95, 12))).status()).isEqualTo(204);
        Task review = waiting(instances.get("ubnd-hoa-lu"), "Task_ReviewReport");
        assertThat(coordinator.post("/engine-rest/task/" + review.getId() + "/complete",
                variables(Map.of("approved", true))).status()).isEqualTo(204);

        // Tam Điệp first sends figures that do not add up: refused, nothing kept, the task stays open
        Task tamDiep = waiting(instances.get("ubnd-tp-tam-diep"), "Task_PrepareReport");
        Map<String, Object> wrong = figures(1_000, 700, 400, 5, 1);
        wrong.put("exitedPoverty", -3);
        wrong.put("reachedHealthPoor", 800);
        Http.Response refused = Http.as(port, "thutruong.ubnd-tp-tam-diep").post("/engine-rest/task/" + tamDiep.getId()
                + "/complete", variables(wrong));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("poorHouseholds", "exitedPoverty", "reachedHealthPoor");
        assertThat(waiting(instances.get("ubnd-tp-tam-diep"), "Task_PrepareReport").getId()).isEqualTo(tamDiep.getId());
        JsonNode pending = coordinator.get("/api/reporting-periods/2027-H1/summary").json();
        assertThat(pending.path("totals").path("reportsAccepted").asInt()).isEqualTo(1);
        // then valid figures, accepted
        assertThat(Http.as(port, "thutruong.ubnd-tp-tam-diep").post("/engine-rest/task/" + tamDiep.getId()
                + "/complete", variables(figures(25_000, 310, 480, 70, 9))).status()).isEqualTo(204);
        review = waiting(instances.get("ubnd-tp-tam-diep"), "Task_ReviewReport");
        assertThat(coordinator.post("/engine-rest/task/" + review.getId() + "/complete",
                variables(Map.of("approved", true))).status()).isEqualTo(204);

        // Yên Mô never reports: when its deadline passes, the ladder escalates it
        EscalationTestSupport.moveStep(context, instances.get("ubnd-yen-mo"), "Task_PrepareReport",
                new Date(System.currentTimeMillis() + 3000));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> escalations.search(null, "ubnd-yen-mo", "2027-H1").size() == 1);
        assertThat(escalations.search(null, "ubnd-yen-mo", "2027-H1").get(0).subjectType()).isEqualTo("REPORT");

        // the period ends in 2027: it is measured against the plan's 2030 target, entered now through the API
        Http.Response entered = coordinator.put("/api/targets", target2030(null, "1/3"));
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        assertThat(entered.json().path("targetRatio").asText()).isEqualTo("1/3");

        // the consolidation adds up the accepted reports exactly
        JsonNode summary = coordinator.get("/api/reporting-periods/2027-H1/summary").json();
        JsonNode totals = summary.path("totals");
        assertThat(totals.path("totalHouseholds").asLong()).isEqualTo(55_000);
        assertThat(totals.path("poorHouseholds").asLong()).isEqualTo(730);
        assertThat(totals.path("nearPoorHouseholds").asLong()).isEqualTo(1_090);
        assertThat(totals.path("exitedPoverty").asLong()).isEqualTo(165);
        assertThat(totals.path("newlyPoor").asLong()).isEqualTo(21);
        assertThat(totals.path("budgetDisbursed").asLong()).isEqualTo(840_000_000L);
        assertThat(totals.path("reportsAccepted").asInt()).isEqualTo(2);
        assertThat(totals.path("reportsExpected").asInt()).isEqualTo(3);
        assertThat(summary.path("baseline").path("poorHouseholds").asLong()).isEqualTo(7_912);
        assertThat(summary.path("targets").path("poorTargetCeiling").asLong()).isEqualTo(2_637);
        assertThat(summary.path("targets").path("poorTargetMet").asBoolean()).isTrue();
        assertThat(summary.path("baseline").path("targetYear").asInt()).isEqualTo(2030);
        // another target changes the figures: at most 700 poor households is not met by 730
        assertThat(coordinator.put("/api/targets", target2030(700, null)).status()).isEqualTo(200);
        JsonNode stricter = coordinator.get("/api/reporting-periods/2027-H1/summary").json();
        assertThat(stricter.path("targets").path("poorTargetCeiling").asLong()).isEqualTo(700);
        assertThat(stricter.path("targets").path("poorTargetMet").asBoolean()).isFalse();
        assertThat(coordinator.get("/api/reporting-periods/progress").json().path("poorTargetCeiling").asLong())
                .isEqualTo(700);
        assertThat(coordinator.put("/api/targets", target2030(null, "1/3")).status()).isEqualTo(200);
        JsonNode hoaLuRow = null;
        for (JsonNode agency : summary.path("agencies")) {
            if (agency.path("agency").asText().equals("ubnd-hoa-lu")) {
                hoaLuRow = agency;
            }
        }
        assertThat(hoaLuRow.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(hoaLuRow.path("outcome").asText()).isEqualTo("DONE_ON_TIME");
        assertThat(Http.as(port, "thutruong.ubnd-hoa-lu").get("/api/reporting-periods/2027-H1/summary").status())
                .isEqualTo(403);

        // and so does the workbook
        byte[] xlsx = coordinator.download("/api/reporting-periods/2027-H1/summary.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Tổng hợp");
            Row total = rowNamed(sheet, "Tổng cộng toàn tỉnh");
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(55_000);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(730);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(1_090);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(165);
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(21);
            assertThat(total.getCell(9).getNumericCellValue()).isEqualTo(840_000_000);
        }

        // the report sent upward, before the consolidation: the figures, Yên Mô missing, no narrative yet
        String report = UpwardReportLinesTest.text(coordinator.download("/api/reporting-periods/2027-H1/upward-report.docx"));
        assertThat(report).contains("ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "Độc lập - Tự do - Hạnh phúc",
                "Kết quả thực hiện Kế hoạch số 151/KH-UBND 6 tháng đầu năm 2027",
                "Tổng hợp từ báo cáo đã tiếp nhận của 2/3 đơn vị.", "Chưa tiếp nhận báo cáo của: UBND huyện Yên Mô.",
                "55.000", "1.090", "840.000.000", "Nơi nhận:", "- Lưu: VT.");
        assertThat(report.split("\\(chưa tổng hợp\\)", -1)).hasSize(4);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                coordinator.download("/api/reporting-periods/2027-H1/upward-report.xlsx")))) {
            Sheet sheet = workbook.getSheet("Tổng hợp");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 151/KH-UBND 6 THÁNG ĐẦU NĂM 2027");
            assertThat(rowNamed(sheet, "UBND huyện Yên Mô").getCell(2).getStringCellValue()).isEqualTo("Chưa gửi");
            Row total = rowNamed(sheet, "Tổng cộng toàn tỉnh");
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(730);
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(21);
            Row health = rowNamed(workbook.getSheet("Chính sách"), "Y tế");
            assertThat(health.getCell(2).getNumericCellValue()).isEqualTo(730);
            assertThat(health.getCell(5).getNumericCellValue()).isEqualTo(1_090);
            assertThat(health.getCell(9).getStringCellValue()).isEqualTo("Đạt");
        }
    }

    /** The row whose second cell (the agency, the line, the policy) says {@code name}. */
    static Row rowNamed(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && name.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row '" + name + "' on sheet " + sheet.getSheetName());
    }

    @Test
    void theUpwardReportIsForThoseWhoOverseeAndOfAnExistingPeriod() {
        for (String path : List.of("upward-report.docx", "upward-report.xlsx")) {
            assertThat(Http.as(port, "thutruong.ubnd-yen-mo").get("/api/reporting-periods/2027-H1/" + path).status())
                    .as(path).isEqualTo(403);
            Http.Response unknown = Http.as(port, "truongban.bcd").get("/api/reporting-periods/1999-H1/" + path);
            assertThat(unknown.status()).as(path).isEqualTo(404);
            assertThat(unknown.json().path("detail").asText()).isEqualTo("Không có kỳ báo cáo '1999-H1'");
        }
    }

    @Autowired
    ReportingScheduler scheduler;

    @Test
    void aPreliminaryReviewIsConsolidatedAndReceivedByTheSteeringCommittee() throws Exception {
        String code = "SK-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        Http coordinator = Http.as(port, COORDINATOR);
        Http.Response opened = coordinator.post("/api/reporting-periods", Map.of("code", code, "regime",
                "PRELIMINARY_REVIEW", "cutOffFrom", "2027-01-01", "cutOffTo", "2027-06-30", "dueDate", "2027-07-15",
                "agencies", List.of("ubnd-kim-son")));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String instance = opened.json().path("reports").get(0).path("processInstanceId").asText();

        Task prepare = waiting(instance, "Task_PrepareReport");
        // the task's name says which period and which agency
        assertThat(prepare.getName()).startsWith("Lập và gửi báo cáo: ").contains(code, "(UBND huyện Kim Sơn)");
        assertThat(Http.as(port, "thutruong.ubnd-kim-son").post("/engine-rest/task/" + prepare.getId() + "/complete",
                variables(figures(40_000, 900, 1_200, 150, 20))).status()).isEqualTo(204);
        Task review = waiting(instance, "Task_ReviewReport");
        assertThat(coordinator.post("/engine-rest/task/" + review.getId() + "/complete",
                variables(Map.of("approved", true))).status()).isEqualTo(204);

        // every report is in: the coordinator consolidates at once
        Task consolidate = await().atMost(Duration.ofSeconds(10)).until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(code).taskDefinitionKey("Task_ConsolidateReports").singleResult(), t -> t != null);
        assertThat(consolidate.getName()).startsWith("Tổng hợp báo cáo của tỉnh: ").contains(code);
        JsonNode shown = coordinator.get("/engine-rest/task/" + consolidate.getId() + "/form-variables").json();
        assertThat(shown.path("summaryText").path("value").asText()).contains("1/1", "900");
        // the consolidation is a waiting step on the ladder too: late, it goes to the steering committee
        EscalationTestSupport.moveStep(context, consolidate.getProcessInstanceId(), "Task_ConsolidateReports",
                new java.util.Date(System.currentTimeMillis() + 2_000));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> escalations
                .search(null, null, null).stream().anyMatch(escalation -> "ROUND".equals(escalation.subjectType())
                        && escalation.title().contains(code)));
        assertThat(coordinator.post("/engine-rest/task/" + consolidate.getId() + "/complete", variables(Map.of()))
                .status()).isEqualTo(400);
        // the form has three sections now: the one narrative of before is not a field of it
        Map<String, Object> sections = Map.of("consolidatedResults", "Sơ kết: giảm nghèo đạt kế hoạch",
                "consolidatedDifficulties", "Nguồn vốn tín dụng ưu đãi chưa đủ",
                "consolidatedProposals", "Đề nghị bổ sung vốn tín dụng cho hộ cận nghèo");
        Map<String, Object> withOldField = new HashMap<>(sections);
        withOldField.put("consolidatedNarrative", "Sơ kết: giảm nghèo đạt kế hoạch");
        assertThat(coordinator.post("/engine-rest/task/" + consolidate.getId() + "/complete",
                variables(withOldField)).status()).isEqualTo(400);
        assertThat(coordinator.post("/engine-rest/task/" + consolidate.getId() + "/complete", variables(sections))
                .status()).isEqualTo(204);

        // the steering committee receives the review
        Task receive = await().atMost(Duration.ofSeconds(10)).until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(code).taskDefinitionKey("Task_ReceiveReview").singleResult(), t -> t != null);
        assertThat(Http.as(port, "truongban.bcd").post("/engine-rest/task/" + receive.getId() + "/complete",
                variables(Map.of("committeeRemarks", "Tiếp tục ưu tiên vốn cho vùng khó khăn"))).status()).isEqualTo(204);

        JsonNode summary = coordinator.get("/api/reporting-periods/" + code + "/summary").json();
        assertThat(summary.path("consolidation").path("results").asText()).startsWith("Sơ kết");
        assertThat(summary.path("consolidation").path("difficulties").asText()).isEqualTo("Nguồn vốn tín dụng ưu đãi chưa đủ");
        assertThat(summary.path("consolidation").path("proposals").asText()).startsWith("Đề nghị bổ sung vốn");
        assertThat(summary.path("consolidation").path("by").asText()).isEqualTo(COORDINATOR);
        assertThat(summary.path("consolidation").path("receivedByCommitteeAt").isNull()).isFalse();
        assertThat(summary.path("totals").path("poorHouseholds").asLong()).isEqualTo(900);

        // the report sent upward says it in its three sections, with the figures
        String report = UpwardReportLinesTest.text(Http.as(port, "truongban.bcd")
                .download("/api/reporting-periods/" + code + "/upward-report.docx"));
        assertThat(report).doesNotContain("(chưa tổng hợp)", "Chưa tiếp nhận báo cáo").contains("BÁO CÁO SƠ KẾT",
                "Tổng hợp từ báo cáo đã tiếp nhận của 1/1 đơn vị.", "40.000", "1.200").containsSubsequence(
                "I. KẾT QUẢ THỰC HIỆN", "Sơ kết: giảm nghèo đạt kế hoạch", "Số hộ nghèo", "900",
                "II. KHÓ KHĂN, VƯỚNG MẮC", "Nguồn vốn tín dụng ưu đãi chưa đủ",
                "III. ĐỀ XUẤT, KIẾN NGHỊ", "Đề nghị bổ sung vốn tín dụng cho hộ cận nghèo", "Nơi nhận:");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                coordinator.download("/api/reporting-periods/" + code + "/upward-report.xlsx")))) {
            Row total = rowNamed(workbook.getSheet("Tổng hợp"), "Tổng cộng toàn tỉnh");
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(40_000);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(900);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(1_200);
            assertThat(rowNamed(workbook.getSheet("Chính sách"), "Y tế").getCell(8).getNumericCellValue()).isEqualTo(100);
        }
    }

    @Test
    void theSchedulerOpensTheRegularPeriodsOnTheirDayOnce() {
        assertThat(scheduler.openDuePeriods(LocalDate.of(2027, 12, 14))).isEmpty();
        assertThat(scheduler.openDuePeriods(LocalDate.of(2027, 12, 15))).containsExactlyInAnyOrder("2028-H1", "2028");
        assertThat(scheduler.openDuePeriods(LocalDate.of(2027, 12, 15))).isEmpty();
        JsonNode periods = Http.as(port, "thutruong.so-y-te").get("/api/reporting-periods").json();
        assertThat(periods.findValuesAsText("code")).contains("2028-H1", "2028");
        // who reports follows the regime: the districts for the half-year, departments too for the year
        List<String> halfYear = Http.as(port, COORDINATOR).get("/api/reporting-periods/2028-H1/summary").json()
                .path("agencies").findValuesAsText("agency");
        List<String> year = Http.as(port, COORDINATOR).get("/api/reporting-periods/2028/summary").json()
                .path("agencies").findValuesAsText("agency");
        assertThat(halfYear).contains("ubnd-kim-son").doesNotContain("so-y-te");
        assertThat(year).contains("ubnd-kim-son", "so-y-te").doesNotContain("mttq", "bcd-giam-ngheo");
    }
}
