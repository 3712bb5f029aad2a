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
import java.util.TreeMap;
import java.util.UUID;

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
 * A semi-annual period opened for three districts: one reports and is accepted on time,
 * one sends invalid figures first, one never reports and is escalated; the consolidation
 * adds up the accepted figures exactly, in JSON and in the workbook.
 */
@IntegrationTest
public class ReportingIntegrationTests {

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
        Map<String, Object> target = new HashMap<>();
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
        assertThat(Http.as(port, "thutruong.ubnd-yen-mo").put("/api/targets", target2030(1, null)).status())
            .isEqualTo(403);

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

    public static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return Map.of("variables", variables);
    }

    /**
     * A locality's figures that add up: the start is the end plus those who left minus
     * those who came.
     */
    public static Map<String, Object> figures(int total, int poor, int nearPoor, int exited, int newly) {
        Map<String, Object> figures = new HashMap<>();
        figures.put("totalHouseholds", total);
        figures.put("poorAtStart", poor + exited - newly - 2);
        figures.put("exitedPoverty", exited);
        figures.put("newlyPoor", newly);
        figures.put("rePoor", 2);
        figures.put("poorHouseholds", poor);
        figures.put("nearPoorAtStart", nearPoor - 5);
        figures.put("nearPoorExited", 10);
        figures.put("newlyNearPoor", 15);
        figures.put("nearPoorHouseholds", nearPoor);
        figures.put("ethnicMinorityPoor", 3);
        figures.put("deficitHealthInsurance", 20);
        figures.put("narrative", "Kết quả: giảm hộ nghèo. Khó khăn: nguồn lực. Kiến nghị: bổ sung vốn.");
        figures.put("budgetAllocated", 500_000_000L);
        figures.put("budgetDisbursed", 420_000_000L);
        return figures;
    }

    /**
     * A department's report: the health insurance it pays for the poor and near-poor, in
     * persons.
     */
    static Map<String, Object> healthInsurance(int poorInsured, int poorEligible, int nearPoorInsured,
            int nearPoorEligible) {
        Map<String, Object> figures = new HashMap<>();
        figures.put("reachedHealthPoor", poorInsured);
        figures.put("eligibleHealthPoor", poorEligible);
        figures.put("reachedHealthNearPoor", nearPoorInsured);
        figures.put("eligibleHealthNearPoor", nearPoorEligible);
        figures.put("budgetAllocated", 9_000_000_000L);
        figures.put("budgetDisbursed", 8_500_000_000L);
        figures.put("narrative",
                "Kết quả: cấp thẻ bảo hiểm y tế. Khó khăn: rà soát chậm. Kiến nghị: cập nhật danh sách.");
        return figures;
    }

    @Test
    void aSemiAnnualPeriodFromOpeningToConsolidation() throws Exception {
        // when the coordinator opens 2027-H1 for three districts
        Http coordinator = Http.as(port, COORDINATOR);
        Http.Response opened = coordinator.post("/api/reporting-periods",
                Map.of("code", "2027-H1", "regime", "SEMI_ANNUAL", "agencies", DISTRICTS));

        // then one report task per district, due on the reporters' 18/6/2027, a week
        // before the province's 25/6
        // (Decree 09/2019)
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode period = opened.json().path("period");
        assertThat(period.path("cutOffFrom").asText()).isEqualTo("2026-12-15");
        assertThat(period.path("cutOffTo").asText()).isEqualTo("2027-06-14");
        assertThat(period.path("reportersDueDate").asText()).isEqualTo("2027-06-18");
        assertThat(period.path("dueDate").asText()).isEqualTo("2027-06-25");
        Map<String, String> instances = new HashMap<>();
        opened.json()
            .path("reports")
            .forEach(
                    report -> instances.put(report.path("agency").asText(), report.path("processInstanceId").asText()));
        assertThat(instances).containsOnlyKeys(DISTRICTS);
        Task hoaLu = waiting(instances.get("ubnd-hoa-lu"), "Task_PrepareReport");
        assertThat(hoaLu.getDueDate().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate())
            .isEqualTo(LocalDate.of(2027, 6, 18));
        assertThat(Http.as(port, "thutruong.ubnd-yen-mo")
            .get("/engine-rest/task?processInstanceId=" + instances.get("ubnd-hoa-lu"))
            .json()).isEmpty();
        assertThat(
                coordinator.post("/api/reporting-periods", Map.of("code", "2027-H1", "regime", "SEMI_ANNUAL")).status())
            .isEqualTo(409);
        assertThat(
                coordinator.post("/api/reporting-periods", Map.of("code", "2027-Q5", "regime", "QUARTERLY")).status())
            .isEqualTo(400);

        // Hoà Lư reports and is accepted: on time
        assertThat(Http.as(port, "thutruong.ubnd-hoa-lu")
            .post("/engine-rest/task/" + hoaLu.getId() + "/complete", variables(figures(30_000, 420, 610, 95, 12)))
            .status()).isEqualTo(204);
        Task review = waiting(instances.get("ubnd-hoa-lu"), "Task_ReviewReport");
        assertThat(coordinator
            .post("/engine-rest/task/" + review.getId() + "/complete", variables(Map.of("approved", true)))
            .status()).isEqualTo(204);

        // Tam Điệp first sends figures that do not add up: refused, nothing kept, the
        // task stays open
        Task tamDiep = waiting(instances.get("ubnd-tp-tam-diep"), "Task_PrepareReport");
        Map<String, Object> wrong = figures(1_000, 700, 400, 5, 1);
        wrong.put("exitedPoverty", -3);
        wrong.put("deficitHealthInsurance", 1_200);
        Http.Response refused = Http.as(port, "thutruong.ubnd-tp-tam-diep")
            .post("/engine-rest/task/" + tamDiep.getId() + "/complete", variables(wrong));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
            .contains("poorHouseholds", "exitedPoverty", "deficitHealthInsurance",
                    "Số hộ nghèo cuối kỳ (700) cộng số hộ cận nghèo cuối kỳ (400) vượt tổng số hộ (1.000)")
            // one message for one mistake: the form's own rule, not a second one in other
            // words
            .doesNotContain("không được là số âm");
        // a locality cannot slip policy figures in: its form has none
        Map<String, Object> smuggled = figures(25_000, 310, 480, 70, 9);
        smuggled.put("reachedHealthPoor", 310);
        assertThat(Http.as(port, "thutruong.ubnd-tp-tam-diep")
            .post("/engine-rest/task/" + tamDiep.getId() + "/complete", variables(smuggled))
            .status()).isEqualTo(400);
        assertThat(waiting(instances.get("ubnd-tp-tam-diep"), "Task_PrepareReport").getId()).isEqualTo(tamDiep.getId());
        JsonNode pending = coordinator.get("/api/reporting-periods/2027-H1/summary").json();
        assertThat(pending.path("totals").path("reportsAccepted").asInt()).isEqualTo(1);
        // then valid figures, accepted
        assertThat(Http.as(port, "thutruong.ubnd-tp-tam-diep")
            .post("/engine-rest/task/" + tamDiep.getId() + "/complete", variables(figures(25_000, 310, 480, 70, 9)))
            .status()).isEqualTo(204);
        review = waiting(instances.get("ubnd-tp-tam-diep"), "Task_ReviewReport");
        assertThat(coordinator
            .post("/engine-rest/task/" + review.getId() + "/complete", variables(Map.of("approved", true)))
            .status()).isEqualTo(204);

        // Yên Mô never reports: when its deadline passes, the ladder escalates it
        EscalationTestSupport.moveStep(context, instances.get("ubnd-yen-mo"), "Task_PrepareReport",
                new Date(System.currentTimeMillis() + 3000));
        await().atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> escalations.search(null, "ubnd-yen-mo", "2027-H1").size() == 1);
        assertThat(escalations.search(null, "ubnd-yen-mo", "2027-H1").get(0).subjectType()).isEqualTo("REPORT");

        // the period ends in 2027: it is measured against the plan's 2030 target, entered
        // now through the API
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
        // another target changes the figures: at most 700 poor households is not met by
        // 730
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
            assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(4); // re-poor: 2
                                                                             // in each
            assertThat(total.getCell(12).getNumericCellValue()).isEqualTo(840_000_000);
        }

        // the report sent upward, before the consolidation: the figures, Yên Mô missing,
        // no narrative yet
        String report = UpwardReportLinesTest
            .text(coordinator.download("/api/reporting-periods/2027-H1/upward-report.docx"));
        assertThat(report).contains("ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "Độc lập - Tự do - Hạnh phúc",
                "Kết quả thực hiện Kế hoạch số 151/KH-UBND 6 tháng đầu năm 2027",
                "Tổng hợp từ báo cáo đã tiếp nhận của 2/3 đơn vị.", "Chưa tiếp nhận báo cáo của: UBND huyện Yên Mô.",
                "55.000", "1.090", "840.000.000", "Nơi nhận:", "- Lưu: VT.");
        assertThat(report.split("\\(chưa tổng hợp\\)", -1)).hasSize(4);
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(coordinator.download("/api/reporting-periods/2027-H1/upward-report.xlsx")))) {
            Sheet sheet = workbook.getSheet("Tổng hợp");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                .isEqualTo("BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 151/KH-UBND 6 THÁNG ĐẦU NĂM 2027");
            assertThat(rowNamed(sheet, "UBND huyện Yên Mô").getCell(2).getStringCellValue()).isEqualTo("Chưa gửi");
            Row total = rowNamed(sheet, "Tổng cộng toàn tỉnh");
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(730);
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(21);
            // only localities reported: no department gave the coverage of a policy,
            // which is then not met
            Row health = rowNamed(workbook.getSheet("Chính sách"), "Y tế (người)");
            assertThat(health.getCell(2)).isNull();
            assertThat(health.getCell(9).getStringCellValue()).isEqualTo("Chưa đạt");
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
                .as(path)
                .isEqualTo(403);
            Http.Response unknown = Http.as(port, "truongban.bcd").get("/api/reporting-periods/1999-H1/" + path);
            assertThat(unknown.status()).as(path).isEqualTo(404);
            assertThat(unknown.json().path("detail").asText()).isEqualTo("Không có kỳ báo cáo '1999-H1'");
        }
    }

    @Autowired
    ReportingScheduler scheduler;

    Http.Response adHoc(String code, String from, String to, String reportersDue, String due, List<String> agencies) {
        return Http.as(port, COORDINATOR)
            .post("/api/reporting-periods", Map.of("code", code, "regime", "AD_HOC", "cutOffFrom", from, "cutOffTo", to,
                    "reportersDueDate", reportersDue, "dueDate", due, "agencies", agencies));
    }

    void accept(String instance) {
        Task review = waiting(instance, "Task_ReviewReport");
        assertThat(Http.as(port, COORDINATOR)
            .post("/engine-rest/task/" + review.getId() + "/complete", variables(Map.of("approved", true)))
            .status()).isEqualTo(204);
    }

    /**
     * The merged province of 2025: its figures are read per former province and for the
     * whole, and Plan 151's 2021 baseline, counted for the former Ninh Bình, measures
     * only a view of Ninh Bình's localities.
     */
    @Test
    void theMergedProvinceIsReadPerFormerProvinceAndTheBaselineStaysWithItsArea() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Http admin = Http.as(port, "admin");
        Map<String, String> communes = Map.of("ninh-binh", "ubnd-xa-nb-" + suffix, "ha-nam", "ubnd-xa-hn-" + suffix);
        communes.forEach((area, code) -> {
            Map<String, Object> agency = new HashMap<>(Map.of("code", code, "name", "UBND xã " + code, "kind",
                    "LOCAL_COMMITTEE", "validFrom", "2025-07-01", "formerProvince", area));
            assertThat(admin.post("/api/agencies", agency).status()).isEqualTo(201);
            assertThat(admin.post("/api/agencies/" + code + "/members",
                    Map.of("userId", "thutruong." + code, "firstName", "An", "lastName", "Lê Văn", "email",
                            code + "@example.vn", "password", "mat-khau-an-toan", "role", "HEAD"))
                .status()).isEqualTo(201);
        });
        Map<String, Object> target = target2030(null, "1/3");
        target.put("area", "ninh-binh");
        assertThat(Http.as(port, COORDINATOR).put("/api/targets", target).status()).isEqualTo(200);
        String code = "SN-" + suffix;
        Http.Response opened = adHoc(code, "2026-01-01", "2026-06-30", "2026-07-08", "2026-07-15",
                List.of(communes.get("ninh-binh"), communes.get("ha-nam")));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        opened.json().path("reports").forEach(report -> {
            String instance = report.path("processInstanceId").asText();
            Task prepare = waiting(instance, "Task_PrepareReport");
            assertThat(Http.as(port, "thutruong." + report.path("agency").asText(), "mat-khau-an-toan")
                .post("/engine-rest/task/" + prepare.getId() + "/complete", variables(figures(10_000, 300, 400, 50, 5)))
                .status()).isEqualTo(204);
            accept(instance);
        });
        Http coordinator = Http.as(port, COORDINATOR);

        JsonNode ninhBinh = coordinator.get("/api/reporting-periods/" + code + "/summary?formerProvince=ninh-binh")
            .json();
        assertThat(ninhBinh.path("agencies").findValuesAsText("agency")).containsExactly(communes.get("ninh-binh"));
        assertThat(ninhBinh.path("totals").path("poorHouseholds").asLong()).isEqualTo(300);
        assertThat(ninhBinh.path("baseline").path("poorHouseholds").asLong()).isEqualTo(7_912);
        assertThat(ninhBinh.path("targets").path("poorTargetCeiling").asLong()).isEqualTo(2_637);
        JsonNode haNam = coordinator.get("/api/reporting-periods/" + code + "/summary?formerProvince=ha-nam").json();
        assertThat(haNam.path("agencies").findValuesAsText("agency")).containsExactly(communes.get("ha-nam"));
        assertThat(haNam.path("baseline").path("year").isNull()).isTrue();
        // the merged province adds both, and is not measured against a baseline counted
        // for one of them
        JsonNode merged = coordinator.get("/api/reporting-periods/" + code + "/summary").json();
        assertThat(merged.path("totals").path("poorHouseholds").asLong()).isEqualTo(600);
        assertThat(merged.path("baseline").path("year").isNull()).isTrue();
        assertThat(merged.path("targets").path("poorTargetCeiling").isNull()).isTrue();
        // the charts likewise
        JsonNode progress = coordinator.get("/api/reporting-periods/progress?formerProvince=ha-nam").json();
        assertThat(progress.path("localities").findValuesAsText("agency")).doesNotContain(communes.get("ninh-binh"));
        assertThat(progress.path("baseline").isNull()).isTrue();
        assertThat(coordinator.put("/api/targets", target2030(null, "1/3")).status()).isEqualTo(200);
    }

    /**
     * A department reports its policies, not households, and is counted only in them; a
     * locality whose figures do not add up, or do not start where its previous accepted
     * report ended, is refused unless it explains.
     */
    @Test
    void eachReporterReportsWhatItRunsAndFiguresMustAddUp() throws Exception {
        String code = "DX-" + UUID.randomUUID().toString().substring(0, 6);
        Http.Response opened = adHoc(code, "2025-12-15", "2026-06-14", "2026-06-18", "2026-06-25",
                List.of("so-y-te", "ubnd-kim-son"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        Map<String, String> instances = new HashMap<>();
        opened.json()
            .path("reports")
            .forEach(
                    report -> instances.put(report.path("agency").asText(), report.path("processInstanceId").asText()));

        // the Department of Health gets the policy form: household figures are not its to
        // send
        Task health = waiting(instances.get("so-y-te"), "Task_PreparePolicyReport");
        Http department = Http.as(port, "thutruong.so-y-te");
        assertThat(department
            .post("/engine-rest/task/" + health.getId() + "/complete", variables(figures(1_000, 10, 20, 1, 1)))
            .status()).isEqualTo(400);
        Http.Response overReached = department.post("/engine-rest/task/" + health.getId() + "/complete",
                variables(healthInsurance(12_200, 12_100, 15_000, 15_200)));
        assertThat(overReached.status()).isEqualTo(400);
        assertThat(overReached.body()).contains("reachedHealthPoor",
                "Y tế: số được hỗ trợ là hộ nghèo (người) (12.200) " + "vượt số thuộc diện hỗ trợ (12.100)");
        assertThat(department
            .post("/engine-rest/task/" + health.getId() + "/complete",
                    variables(healthInsurance(12_000, 12_100, 15_000, 15_200)))
            .status()).isEqualTo(204);
        accept(instances.get("so-y-te"));

        // Kim Sơn's poor do not add up (start 500 − 40 + 10 + 2 = 472, not 490): refused
        // until explained
        Task kimSon = waiting(instances.get("ubnd-kim-son"), "Task_PrepareReport");
        Http locality = Http.as(port, "thutruong.ubnd-kim-son");
        Map<String, Object> unexplained = figures(30_000, 490, 700, 40, 10);
        unexplained.put("poorAtStart", 500);
        Http.Response refused = locality.post("/engine-rest/task/" + kimSon.getId() + "/complete",
                variables(unexplained));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("explanation", "Số hộ nghèo cuối kỳ (490) khác",
                "(500 − 40 + 10 + 2 = 472), lệch 18 hộ, vượt mức cho phép 5 hộ (1%)");
        unexplained.put("explanation", "18 hộ nghèo chuyển đến theo sáp nhập thôn Đông Hải");
        assertThat(locality.post("/engine-rest/task/" + kimSon.getId() + "/complete", variables(unexplained)).status())
            .isEqualTo(204);
        // the coordinator reads the report and its explanation on the check
        Task check = waiting(instances.get("ubnd-kim-son"), "Task_ReviewReport");
        assertThat(Http.as(port, COORDINATOR)
            .get("/engine-rest/task/" + check.getId() + "/form-variables")
            .json()
            .path("reportText")
            .path("value")
            .asText()).contains("Số hộ nghèo cuối kỳ: 490", "Số hộ tái nghèo trong kỳ: 2",
                    "Giải trình số liệu: 18 hộ nghèo chuyển đến");
        accept(instances.get("ubnd-kim-son"));

        // households come from the locality only, the policy's coverage from the
        // department only
        JsonNode summary = Http.as(port, COORDINATOR).get("/api/reporting-periods/" + code + "/summary").json();
        assertThat(summary.path("totals").path("poorHouseholds").asLong()).isEqualTo(490);
        assertThat(summary.path("totals").path("rePoor").asLong()).isEqualTo(2);
        assertThat(summary.path("totals").path("reportsAccepted").asInt()).isEqualTo(2);
        assertThat(summary.path("totals").path("budgetAllocated").asLong()).isEqualTo(9_500_000_000L);
        assertThat(summary.path("targets").path("coverage").path("HEALTH").path("poorPercent").decimalValue())
            .isEqualByComparingTo("99.17");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                Http.as(port, COORDINATOR).download("/api/reporting-periods/" + code + "/upward-report.xlsx")))) {
            Row healthRow = rowNamed(workbook.getSheet("Chính sách"), "Y tế (người)");
            assertThat(healthRow.getCell(4).getNumericCellValue()).isEqualTo(99.17);
            Row departmentRow = rowNamed(workbook.getSheet("Tổng hợp"), "Sở Y tế");
            assertThat(departmentRow.getCell(4)).isNull(); // no households from a
                                                           // department
            assertThat(rowNamed(workbook.getSheet("Tổng hợp"), "Tổng cộng toàn tỉnh").getCell(4).getNumericCellValue())
                .isEqualTo(490);
        }
        for (JsonNode agency : summary.path("agencies")) {
            if (agency.path("agency").asText().equals("so-y-te")) {
                assertThat(agency.path("content").asText()).isEqualTo("POLICIES");
                assertThat(agency.path("poorHouseholds").isNull()).isTrue();
            }
        }

        // the next period must start where this one ended (490 poor, 700 near-poor)
        String next = code + "-2";
        Http.Response second = adHoc(next, "2026-06-15", "2026-12-14", "2026-12-18", "2026-12-25",
                List.of("ubnd-kim-son"));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        String nextInstance = second.json().path("reports").get(0).path("processInstanceId").asText();
        Task nextReport = waiting(nextInstance, "Task_PrepareReport");
        // 480 at the start (480 − 40 + 8 + 2 = 450 adds up), but the last accepted report
        // ended at 490
        Map<String, Object> restarted = figures(30_000, 450, 690, 40, 8);
        restarted.put("nearPoorAtStart", 700);
        restarted.put("nearPoorExited", 25);
        restarted.put("newlyNearPoor", 15);
        Http.Response notWhereItEnded = locality.post("/engine-rest/task/" + nextReport.getId() + "/complete",
                variables(restarted));
        assertThat(notWhereItEnded.status()).isEqualTo(400);
        assertThat(notWhereItEnded.body())
            .contains("explanation",
                    "Số hộ nghèo đầu kỳ (480) khác số hộ nghèo cuối kỳ " + code
                            + " đã được tiếp nhận (490), lệch 10 hộ, vượt mức cho phép 5 hộ (1%)")
            .doesNotContain("Số hộ cận nghèo đầu kỳ");
        restarted.put("explanation", "Rà soát lại: 10 hộ đã tính trùng ở kỳ trước");
        assertThat(
                locality.post("/engine-rest/task/" + nextReport.getId() + "/complete", variables(restarted)).status())
            .isEqualTo(204);
    }

    @Test
    void aPreliminaryReviewIsConsolidatedAndReceivedByTheSteeringCommittee() throws Exception {
        String code = "SK-" + UUID.randomUUID().toString().substring(0, 6);
        Http coordinator = Http.as(port, COORDINATOR);
        Http.Response opened = coordinator.post("/api/reporting-periods",
                Map.of("code", code, "regime", "PRELIMINARY_REVIEW", "cutOffFrom", "2027-01-01", "cutOffTo",
                        "2027-06-30", "reportersDueDate", "2027-07-08", "dueDate", "2027-07-15", "agencies",
                        List.of("ubnd-kim-son")));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String instance = opened.json().path("reports").get(0).path("processInstanceId").asText();

        Task prepare = waiting(instance, "Task_PrepareReport");
        // the task's name says which period and which agency
        assertThat(prepare.getName()).startsWith("Lập và gửi báo cáo hộ nghèo, hộ cận nghèo: ")
            .contains(code, "(UBND huyện Kim Sơn)");
        // (Kim Sơn may have reported other periods in this database: the review explains
        // its start)
        Map<String, Object> review6Months = figures(40_000, 900, 1_200, 150, 20);
        review6Months.put("explanation", "Số đầu kỳ theo kết quả rà soát đầu giai đoạn");
        Http.Response sent = Http.as(port, "thutruong.ubnd-kim-son")
            .post("/engine-rest/task/" + prepare.getId() + "/complete", variables(review6Months));
        assertThat(sent.status()).as(sent.body()).isEqualTo(204);
        Task review = waiting(instance, "Task_ReviewReport");
        assertThat(coordinator
            .post("/engine-rest/task/" + review.getId() + "/complete", variables(Map.of("approved", true)))
            .status()).isEqualTo(204);

        // every report is in: the coordinator consolidates at once
        Task consolidate = await().atMost(Duration.ofSeconds(10))
            .until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(code)
                .taskDefinitionKey("Task_ConsolidateReports")
                .singleResult(), t -> t != null);
        assertThat(consolidate.getName()).startsWith("Tổng hợp báo cáo của tỉnh: ").contains(code);
        JsonNode shown = coordinator.get("/engine-rest/task/" + consolidate.getId() + "/form-variables").json();
        assertThat(shown.path("summaryText").path("value").asText()).contains("1/1", "900");
        // the consolidation is a waiting step on the ladder too: late, it goes to the
        // steering committee
        EscalationTestSupport.moveStep(context, consolidate.getProcessInstanceId(), "Task_ConsolidateReports",
                new Date(System.currentTimeMillis() + 2_000));
        await().atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> escalations.search(null, null, null)
                .stream()
                .anyMatch(escalation -> "ROUND".equals(escalation.subjectType()) && escalation.title().contains(code)));
        assertThat(coordinator.post("/engine-rest/task/" + consolidate.getId() + "/complete", variables(Map.of()))
            .status()).isEqualTo(400);
        // the form has three sections now: the one narrative of before is not a field of
        // it
        Map<String, Object> sections = Map.of("consolidatedResults", "Sơ kết: giảm nghèo đạt kế hoạch",
                "consolidatedDifficulties", "Nguồn vốn tín dụng ưu đãi chưa đủ", "consolidatedProposals",
                "Đề nghị bổ sung vốn tín dụng cho hộ cận nghèo");
        Map<String, Object> withOldField = new HashMap<>(sections);
        withOldField.put("consolidatedNarrative", "Sơ kết: giảm nghèo đạt kế hoạch");
        assertThat(coordinator.post("/engine-rest/task/" + consolidate.getId() + "/complete", variables(withOldField))
            .status()).isEqualTo(400);
        assertThat(coordinator.post("/engine-rest/task/" + consolidate.getId() + "/complete", variables(sections))
            .status()).isEqualTo(204);

        // the steering committee receives the review
        Task receive = await().atMost(Duration.ofSeconds(10))
            .until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(code)
                .taskDefinitionKey("Task_ReceiveReview")
                .singleResult(), t -> t != null);
        assertThat(Http.as(port, "truongban.bcd")
            .post("/engine-rest/task/" + receive.getId() + "/complete",
                    variables(Map.of("committeeRemarks", "Tiếp tục ưu tiên vốn cho vùng khó khăn")))
            .status()).isEqualTo(204);

        JsonNode summary = coordinator.get("/api/reporting-periods/" + code + "/summary").json();
        assertThat(summary.path("consolidation").path("results").asText()).startsWith("Sơ kết");
        assertThat(summary.path("consolidation").path("difficulties").asText())
            .isEqualTo("Nguồn vốn tín dụng ưu đãi chưa đủ");
        assertThat(summary.path("consolidation").path("proposals").asText()).startsWith("Đề nghị bổ sung vốn");
        assertThat(summary.path("consolidation").path("by").asText()).isEqualTo(COORDINATOR);
        assertThat(summary.path("consolidation").path("receivedByCommitteeAt").isNull()).isFalse();
        assertThat(summary.path("totals").path("poorHouseholds").asLong()).isEqualTo(900);

        // the report sent upward says it in its three sections, with the figures
        String report = UpwardReportLinesTest
            .text(Http.as(port, "truongban.bcd").download("/api/reporting-periods/" + code + "/upward-report.docx"));
        assertThat(report).doesNotContain("(chưa tổng hợp)", "Chưa tiếp nhận báo cáo")
            .contains("BÁO CÁO SƠ KẾT", "Tổng hợp từ báo cáo đã tiếp nhận của 1/1 đơn vị.", "40.000", "1.200")
            .containsSubsequence("I. KẾT QUẢ THỰC HIỆN", "Sơ kết: giảm nghèo đạt kế hoạch", "Số hộ nghèo", "900",
                    "II. KHÓ KHĂN, VƯỚNG MẮC", "Nguồn vốn tín dụng ưu đãi chưa đủ", "III. ĐỀ XUẤT, KIẾN NGHỊ",
                    "Đề nghị bổ sung vốn tín dụng cho hộ cận nghèo", "Nơi nhận:");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                coordinator.download("/api/reporting-periods/" + code + "/upward-report.xlsx")))) {
            Row total = rowNamed(workbook.getSheet("Tổng hợp"), "Tổng cộng toàn tỉnh");
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(40_000);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(900);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(1_200);
            assertThat(rowNamed(workbook.getSheet("Chính sách"), "Y tế (người)").getCell(9).getStringCellValue())
                .isEqualTo("Chưa đạt");
        }
    }

    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    static LocalDate dueDay(Date due) {
        return due.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
    }

    /**
     * A year of the regime: the six-month and annual periods open on their day and on no
     * other, the reporters are due before the province, and the consolidation is due on
     * the province's date.
     */
    @Test
    void aYearOfTheRegime() {
        JsonNode regimes = Http.as(port, "thutruong.so-y-te").get("/api/reporting-regimes").json();
        JsonNode semiAnnual = null;
        for (JsonNode regime : regimes) {
            if ("SEMI_ANNUAL".equals(regime.path("kind").asText())) {
                semiAnnual = regime;
            }
        }
        assertThat(semiAnnual.path("reportersDueDay").asInt()).isEqualTo(18);
        assertThat(semiAnnual.path("provinceDueDay").asInt()).isEqualTo(25);
        assertThat(semiAnnual.path("scheduled").asBoolean()).isTrue();
        assertThat(semiAnnual.path("legalBasis").asText()).contains("09/2019/NĐ-CP", "43/2019/QĐ-UBND");

        // every day from 1/12/2027 to 14/12/2028: the periods of 2028 open on 15/12/2027,
        // and nothing else opens
        Map<LocalDate, List<String>> opened = new TreeMap<>();
        for (LocalDate day = LocalDate.of(2027, 12, 1); day
            .isBefore(LocalDate.of(2028, 12, 15)); day = day.plusDays(1)) {
            List<String> codes = scheduler.openDuePeriods(day);
            if (!codes.isEmpty()) {
                opened.put(day, codes);
            }
        }
        assertThat(opened).containsOnlyKeys(LocalDate.of(2027, 12, 15));
        assertThat(opened.get(LocalDate.of(2027, 12, 15))).containsExactlyInAnyOrder("2028-H1", "2028");
        assertThat(scheduler.openDuePeriods(LocalDate.of(2027, 12, 15))).isEmpty();

        // who reports follows the regime: the localities and the departments, not the
        // committees
        JsonNode half = Http.as(port, COORDINATOR).get("/api/reporting-periods/2028-H1/summary").json();
        assertThat(half.path("agencies").findValuesAsText("agency")).contains("ubnd-kim-son", "so-y-te")
            .doesNotContain("bcd-giam-ngheo");
        assertThat(half.path("reportersDueDate").asText()).isEqualTo("2028-06-18");
        assertThat(half.path("dueDate").asText()).isEqualTo("2028-06-25");
        assertThat(
                Http.as(port, COORDINATOR).get("/api/reporting-periods/2028/summary").json().path("dueDate").asText())
            .isEqualTo("2028-12-25");

        // the reporters are due on their date
        Task kimSon = tasks.createTaskQuery().processInstanceBusinessKey("2028-H1/ubnd-kim-son").singleResult();
        assertThat(dueDay(kimSon.getDueDate())).isEqualTo(LocalDate.of(2028, 6, 18));
        // when it has passed, the coordinator consolidates, due on the province's date
        org.camunda.bpm.engine.runtime.Job reportersDeadline = management.createJobQuery()
            .processInstanceId(roundOf("2028-H1"))
            .timers()
            .singleResult();
        assertThat(dueDay(reportersDeadline.getDuedate())).isEqualTo(LocalDate.of(2028, 6, 18));
        management.executeJob(reportersDeadline.getId());
        Task consolidate = tasks.createTaskQuery()
            .processInstanceBusinessKey("2028-H1")
            .taskDefinitionKey("Task_ConsolidateReports")
            .singleResult();
        assertThat(dueDay(consolidate.getDueDate())).isEqualTo(LocalDate.of(2028, 6, 25));
    }

    String roundOf(String code) {
        return context.getBean(org.camunda.bpm.engine.RuntimeService.class)
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(code)
            .processDefinitionKey(ReportingRoundProcess.KEY)
            .singleResult()
            .getId();
    }

    @Test
    void theCoordinatorKeepsTheRegimesAndOthersCannot() {
        Map<String, Object> quarterly = new HashMap<>();
        quarterly.put("reporters", List.of("DEPARTMENT", "LOCAL_COMMITTEE"));
        quarterly.put("steeringCommitteeReceives", false);
        quarterly.put("scheduled", false);
        quarterly.put("reportersDueDay", 16);
        quarterly.put("provinceDueDay", 22);
        assertThat(Http.as(port, "thutruong.ubnd-yen-mo").put("/api/reporting-regimes/QUARTERLY", quarterly).status())
            .isEqualTo(403);

        // the reporters after the province, a committee as reporter, a day after the
        // month: refused, nothing changed
        Map<String, Object> wrong = new HashMap<>(quarterly);
        wrong.put("reportersDueDay", 26);
        wrong.put("provinceDueDay", 31);
        wrong.put("reporters", List.of("STEERING_COMMITTEE"));
        Http.Response refused = Http.as(port, COORDINATOR).put("/api/reporting-regimes/QUARTERLY", wrong);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("reporters[0]", "provinceDueDay",
                "Ban Chỉ đạo và Ủy ban nhân dân tỉnh nhận báo cáo", "Hạn tỉnh gửi báo cáo là một ngày từ 15 đến 30");
        wrong = new HashMap<>(quarterly);
        wrong.put("reportersDueDay", 25);
        refused = Http.as(port, COORDINATOR).put("/api/reporting-regimes/QUARTERLY", wrong);
        assertThat(refused.body()).contains("reportersDueDay", "phải trước hạn tỉnh gửi báo cáo (ngày 22)");
        Map<String, Object> adHoc = new HashMap<>(quarterly);
        adHoc.put("scheduled", true);
        refused = Http.as(port, COORDINATOR).put("/api/reporting-regimes/AD_HOC", adHoc);
        assertThat(refused.body()).contains("reportersDueDay", "scheduled", "Báo cáo đột xuất không mở tự động");

        // a change applies to the periods opened after it
        Http.Response saved = Http.as(port, COORDINATOR).put("/api/reporting-regimes/QUARTERLY", quarterly);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Http.Response q3 = Http.as(port, COORDINATOR)
            .post("/api/reporting-periods",
                    Map.of("code", "2029-Q3", "regime", "QUARTERLY", "agencies", List.of("ubnd-kim-son")));
        assertThat(q3.status()).as(q3.body()).isEqualTo(201);
        assertThat(q3.json().path("period").path("reportersDueDate").asText()).isEqualTo("2029-09-16");
        assertThat(q3.json().path("period").path("dueDate").asText()).isEqualTo("2029-09-22");
        // a period's deadline moved by its request keeps the order of the two dates
        Http.Response late = Http.as(port, COORDINATOR)
            .post("/api/reporting-periods", Map.of("code", "2029-Q4", "regime", "QUARTERLY", "reportersDueDate",
                    "2029-12-23", "agencies", List.of("ubnd-kim-son")));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains("dueDate", "phải sau hạn các cơ quan gửi báo cáo (23/12/2029)");
        quarterly.put("reportersDueDay", 18);
        quarterly.put("provinceDueDay", 25);
        assertThat(Http.as(port, COORDINATOR).put("/api/reporting-regimes/QUARTERLY", quarterly).status())
            .isEqualTo(200);
    }

}
