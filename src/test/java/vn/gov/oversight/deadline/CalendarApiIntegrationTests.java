package vn.gov.oversight.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.escalation.EscalationTestSupport;
import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;

/**
 * The holiday calendar through its API, on PostgreSQL, with the shipped file loaded at
 * start-up.
 */
@IntegrationTest
class CalendarApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    WorkingCalendar workingCalendar;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    CalendarYears calendarYears;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    Http admin() {
        return Http.as(port, "admin");
    }

    Http officer() {
        return Http.as(port, "canbo.so-y-te");
    }

    /** A year as a PUT body, from what GET answered. */
    static Map<String, Object> body(JsonNode year) {
        return Map.of("source", year.path("source").asText(), "daysOff", entries(year.path("daysOff")), "workingDays",
                entries(year.path("workingDays")));
    }

    static List<Map<String, String>> entries(JsonNode list) {
        List<Map<String, String>> entries = new ArrayList<>();
        list.forEach(
                entry -> entries.add(Map.of("date", entry.path("date").asText(), "name", entry.path("name").asText())));
        return entries;
    }

    static Map<String, String> entry(String date, String name) {
        return Map.of("date", date, "name", name);
    }

    @Test
    void everyUserReadsTet2026FromTheShippedFile() {
        Http.Response year = officer().get("/api/calendar/2026");

        assertThat(year.status()).isEqualTo(200);
        assertThat(year.json().path("year").asInt()).isEqualTo(2026);
        assertThat(year.json().path("source").asText()).contains("Tết Nguyên đán nghỉ từ 14/02 đến 22/02/2026");
        assertThat(year.json().path("updatedAt").asText()).isNotBlank();
        assertThat(year.json().path("updatedBy").isNull()).isTrue();
        assertThat(entries(year.json().path("daysOff"))).contains(entry("2026-02-16", "Tết Nguyên đán (29 tháng Chạp)"),
                entry("2026-02-17", "Tết Nguyên đán (mùng 1)"), entry("2026-02-20", "Tết Nguyên đán (mùng 4)"),
                entry("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương"));
        assertThat(
                workingCalendar.dueAfter(LocalDate.of(2026, 2, 13).atTime(10, 0).atZone(ShippedHolidays.VIETNAM), "P3D")
                    .toLocalDate())
            .isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void theApplicationsEngineCountsWholeDaysInWorkingDays() {
        BusinessCalendarManager calendars = ((ProcessEngineConfigurationImpl) processEngine
            .getProcessEngineConfiguration()).getBusinessCalendarManager();
        Date fridayBeforeTet = Date
            .from(LocalDate.of(2026, 2, 13).atTime(10, 0).atZone(ShippedHolidays.VIETNAM).toInstant());

        assertThat(calendars.getBusinessCalendar(DueDateBusinessCalendar.NAME).resolveDuedate("P3D", fridayBeforeTet))
            .isEqualTo(Date
                .from(LocalDate.of(2026, 2, 25).atTime(23, 59, 59).atZone(ShippedHolidays.VIETNAM).toInstant()));
        assertThat(
                calendars.getBusinessCalendar(DurationBusinessCalendar.NAME).resolveDuedate("PT30S", fridayBeforeTet))
            .isEqualTo(new Date(fridayBeforeTet.getTime() + 30_000));
    }

    @Test
    void aYearWithoutDataIsNotFound() {
        Http.Response year = officer().get("/api/calendar/1999");

        assertThat(year.status()).isEqualTo(404);
        assertThat(year.json().path("detail").asText()).isEqualTo("Chưa có lịch nghỉ lễ, Tết của năm 1999");
    }

    @Test
    void onlyAdministratorsCorrectAYear() {
        JsonNode original = officer().get("/api/calendar/2027").json();

        Http.Response refused = officer().put("/api/calendar/2027", body(original));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(admin().get("/api/calendar/2027").json()).isEqualTo(original);
    }

    @Test
    void anAdministratorsCorrectionIsUsedAtOnce() {
        JsonNode original = admin().get("/api/calendar/2027").json();
        LocalDate swappedFriday = LocalDate.of(2027, 2, 12);
        LocalDate workingSaturday = LocalDate.of(2027, 2, 20);
        assertThat(workingCalendar.isWorkingDay(swappedFriday)).isTrue();
        assertThat(workingCalendar.isWorkingDay(workingSaturday)).isFalse();
        Map<String, Object> corrected = new HashMap<>(body(original));
        List<Map<String, String>> daysOff = new ArrayList<>(entries(original.path("daysOff")));
        daysOff.add(entry("2027-02-12", "Nghỉ hoán đổi dịp Tết Nguyên đán (làm bù thứ Bảy 20/02/2027)"));
        corrected.put("daysOff", daysOff);
        corrected.put("workingDays", List.of(entry("2027-02-20", "Làm bù cho ngày 12/02/2027")));
        corrected.put("source", "Thông báo nghỉ Tết Nguyên đán 2027 (bản thử nghiệm)");
        try {
            // when
            Http.Response saved = admin().put("/api/calendar/2027", corrected);

            // then
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            assertThat(saved.json().path("updatedBy").asText()).isEqualTo("admin");
            assertThat(saved.json().path("source").asText())
                .isEqualTo("Thông báo nghỉ Tết Nguyên đán 2027 (bản thử nghiệm)");
            assertThat(entries(saved.json().path("workingDays")))
                .containsExactly(entry("2027-02-20", "Làm bù cho ngày 12/02/2027"));
            assertThat(entries(officer().get("/api/calendar/2027").json().path("daysOff")))
                .contains(entry("2027-02-12", "Nghỉ hoán đổi dịp Tết Nguyên đán (làm bù thứ Bảy 20/02/2027)"));
            assertThat(workingCalendar.isWorkingDay(swappedFriday)).isFalse();
            assertThat(workingCalendar.isWorkingDay(workingSaturday)).isTrue();
            // Tết 2027: off Thursday 4/2 to Wednesday 10/2 and now Friday 12/2; Saturday
            // 20/2 is worked
            assertThat(workingCalendar.plusWorkingDays(LocalDate.of(2027, 2, 11), 6)).isEqualTo(workingSaturday);
        }
        finally {
            assertThat(admin().put("/api/calendar/2027", body(original)).status()).isEqualTo(200);
        }
        assertThat(workingCalendar.isWorkingDay(swappedFriday)).isTrue();
        assertThat(workingCalendar.isWorkingDay(workingSaturday)).isFalse();
    }

    @Test
    void anInvalidCorrectionNamesEveryFieldAtFaultAndChangesNothing() {
        JsonNode original = admin().get("/api/calendar/2027").json();
        Map<String, Object> invalid = Map.of(
                "source", "Sửa lịch 2027", "daysOff", List.of(entry("2027-01-01", "Tết Dương lịch"),
                        entry("2028-01-03", "Nghỉ bù Tết Dương lịch"), entry("2027-04-16", " ")),
                "workingDays", List.of(entry("2027-03-10", "Làm bù")));

        Http.Response refused = admin().put("/api/calendar/2027", invalid);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("title").asText()).isEqualTo("Dữ liệu không hợp lệ");
        List<String> fields = new ArrayList<>();
        refused.json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).containsExactly("daysOff[1].date", "daysOff[2].name", "workingDays[0].date");
        assertThat(refused.json().path("errors").get(0).path("message").asText())
            .isEqualTo("Ngày 03/01/2028 không thuộc năm 2027");
        assertThat(refused.json().path("errors").get(1).path("message").asText())
            .isEqualTo("Tên ngày nghỉ 16/4/2027 là bắt buộc");
        assertThat(refused.json().path("errors").get(2).path("message").asText()).contains("thứ Tư");
        assertThat(admin().get("/api/calendar/2027").json()).isEqualTo(original);
        assertThat(workingCalendar.isWorkingDay(LocalDate.of(2027, 4, 16))).isFalse();
    }

    @Test
    void aMalformedDateIsNamedByItsField() {
        Map<String, Object> malformed = Map.of("source", "Sửa lịch 2027", "daysOff",
                List.of(entry("2027-01-01", "Tết Dương lịch"), entry("2027-02-30", "Ngày không có")));

        Http.Response refused = admin().put("/api/calendar/2027", malformed);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("daysOff[1].date");
    }

    // ------------------------------------------------------------------ corrections
    // shipped with a release

    static final String STEP = "Task_AcknowledgeTask";

    /** The shipped file with one year's days off replaced. */
    static List<HolidayFile.Year> shippedWith(int year, String source, List<CalendarYear.Entry> daysOff) {
        return HolidayFile.read()
            .stream()
            .map(shipped -> shipped.year() != year ? shipped
                    : new HolidayFile.Year(year, source, daysOff, shipped.workingDays()))
            .toList();
    }

    static List<CalendarYear.Entry> daysOffWith(int year, CalendarYear.Entry extra) {
        HolidayFile.Year shipped = HolidayFile.read()
            .stream()
            .filter(entry -> entry.year() == year)
            .findFirst()
            .orElseThrow();
        return Stream.concat(shipped.daysOff().stream(), Stream.of(extra)).toList();
    }

    @Test
    void aCorrectedShippedYearReplacesTheOldOneWhileAnAdministratorsYearIsKept() {
        // given an installation that loaded 2021 from an older file: Tết 11/2 to 17/2,
        // 10/2 missing
        List<CalendarYear.Entry> old2021 = List.of(new CalendarYear.Entry(LocalDate.of(2021, 1, 1), "Tết Dương lịch"),
                new CalendarYear.Entry(LocalDate.of(2021, 2, 11), "Tết Nguyên đán (30 tháng Chạp)"),
                new CalendarYear.Entry(LocalDate.of(2021, 2, 12), "Tết Nguyên đán (mùng 1)"),
                new CalendarYear.Entry(LocalDate.of(2021, 2, 15), "Tết Nguyên đán (mùng 4)"),
                new CalendarYear.Entry(LocalDate.of(2021, 2, 16), "Nghỉ bù Tết Nguyên đán"),
                new CalendarYear.Entry(LocalDate.of(2021, 2, 17), "Nghỉ bù Tết Nguyên đán"));
        assertThat(calendarYears.loadShipped(shippedWith(2021, "Bản cũ của lịch 2021", old2021))).containsExactly(2021);
        assertThat(workingCalendar.isWorkingDay(LocalDate.of(2021, 2, 17))).isFalse();
        // and an administrator's correction of 2029
        JsonNode original2029 = admin().get("/api/calendar/2029").json();
        Map<String, Object> corrected2029 = new HashMap<>(body(original2029));
        corrected2029.put("source", "Thông báo nghỉ lễ 2029 (bản thử nghiệm)");
        corrected2029.put("workingDays", List.of(entry("2029-02-24", "Làm bù thử nghiệm")));
        assertThat(admin().put("/api/calendar/2029", corrected2029).status()).isEqualTo(200);
        try {
            // when a release ships a corrected file (and its 2029 differs from the
            // administrator's too)
            List<HolidayFile.Year> release = shippedWith(2029, "Lịch 2029 của bản phát hành mới",
                    daysOffWith(2029, new CalendarYear.Entry(LocalDate.of(2029, 2, 19), "Nghỉ thử nghiệm")));
            List<Integer> replaced = calendarYears.loadShipped(release);

            // then 2021 has the Government's dates, 2029 stays the administrator's
            assertThat(replaced).containsExactly(2021);
            JsonNode year2021 = officer().get("/api/calendar/2021").json();
            assertThat(year2021.path("updatedBy").isNull()).isTrue();
            assertThat(year2021.path("source").asText()).contains("10/02 đến 16/02/2021");
            assertThat(entries(year2021.path("daysOff"))).extracting(day -> day.get("date"))
                .contains("2021-02-10", "2021-02-16")
                .doesNotContain("2021-02-17");
            assertThat(workingCalendar.isWorkingDay(LocalDate.of(2021, 2, 10))).isFalse();
            assertThat(workingCalendar.isWorkingDay(LocalDate.of(2021, 2, 17))).isTrue();
            JsonNode year2029 = officer().get("/api/calendar/2029").json();
            assertThat(year2029.path("updatedBy").asText()).isEqualTo("admin");
            assertThat(year2029.path("source").asText()).isEqualTo("Thông báo nghỉ lễ 2029 (bản thử nghiệm)");
            assertThat(workingCalendar.isWorkingDay(LocalDate.of(2029, 2, 19))).isTrue();
            // and loading the same file again (another node starting) changes nothing
            assertThat(calendarYears.loadShipped(release)).isEmpty();
        }
        finally {
            // back to the shipped 2029, as if no administrator had touched it
            jdbc.sql("update calendar_year set updated_by = null where year_number = 2029").update();
            calendarYears.loadShipped(HolidayFile.read());
        }
        assertThat(officer().get("/api/calendar/2029").json().path("source").asText())
            .isEqualTo(original2029.path("source").asText());
    }

    @Test
    void aYearLoadedBeforeFingerprintsIsCorrectedOnlyIfItsContentDiffers() {
        // given 2022 and 2023 as an installation from before fingerprints holds them,
        // 2023 with an old Tết
        jdbc.sql("update calendar_year set shipped_fingerprint = null where year_number in (2022, 2023)").update();
        jdbc.sql("update calendar_day set kind = 'DAY_OFF', name = 'Nghỉ bù Tết Nguyên đán' where calendar_date = ?")
            .param(LocalDate.of(2023, 1, 26))
            .update();
        jdbc.sql("delete from calendar_day where calendar_date = ?").param(LocalDate.of(2023, 1, 20)).update();

        // when
        List<Integer> replaced = calendarYears.loadShipped(HolidayFile.read());

        // then only 2023 is rewritten; 2022 just gets its fingerprint
        assertThat(replaced).containsExactly(2023);
        assertThat(workingCalendar.isWorkingDay(LocalDate.of(2023, 1, 20))).isFalse();
        assertThat(
                jdbc.sql("select count(*) from calendar_year where shipped_fingerprint is null and updated_by is null")
                    .query(Integer.class)
                    .single())
            .isZero();
    }

    @Test
    void aCorrectionReArmsTheWaitingStepsWhoseDueMomentsItMovesAndKeepsAnExtendedOne() {
        // given two agencies' acknowledgement steps, due in 3 working days; the second
        // one extended by hand
        String code = UUID.randomUUID().toString().substring(0, 6) + "/KH-UBND";
        Http.Response plan = Http.as(port, "canbo.so-ldtbxh")
            .post("/api/plans",
                    Map.of("code", code, "title", "Kế hoạch thử lịch nghỉ", "issuingBody", "ubnd-tinh", "issuedOn",
                            "2026-01-05", "tasks",
                            List.of(Map.of("code", "1", "title", "Rà soát", "leadAgencies",
                                    List.of("ubnd-nho-quan", "ubnd-gia-vien"), "dueDate",
                                    LocalDate.now().plusDays(90).toString()))));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        Task counted = step(plan.json().path("assignments").get(0).path("processInstanceId").asText());
        Task extended = step(plan.json().path("assignments").get(1).path("processInstanceId").asText());
        Date extendedDue = Date.from(counted.getDueDate().toInstant().plusSeconds(30 * 86_400));
        EscalationTestSupport.moveStep(context, extended.getProcessInstanceId(), "Task_AcknowledgeTask", extendedDue);
        LocalDate begun = counted.getCreateTime().toInstant().atZone(ShippedHolidays.VIETNAM).toLocalDate();
        LocalDate dueDay = counted.getDueDate().toInstant().atZone(ShippedHolidays.VIETNAM).toLocalDate();
        LocalDate nextWorkingDay = workingCalendar.plusWorkingDays(begun, 1);
        int year = nextWorkingDay.getYear();
        try {
            // when a corrected file makes the next working day a day off
            assertThat(calendarYears.loadShipped(shippedWith(year, "Lịch " + year + " đã sửa (thử nghiệm)",
                    daysOffWith(year, new CalendarYear.Entry(nextWorkingDay, "Nghỉ thử nghiệm")))))
                .containsExactly(year);

            // then the counted step is due one working day later, its ladder re-armed;
            // the extended one is kept
            Date rearmed = Date.from(workingCalendar.endOf(workingCalendar.plusWorkingDays(dueDay, 1)).toInstant());
            assertThat(tasks.createTaskQuery().taskId(counted.getId()).singleResult().getDueDate()).isEqualTo(rearmed);
            assertThat(processEngine.getManagementService()
                .createJobQuery()
                .processInstanceId(counted.getProcessInstanceId())
                .activityId("BoundaryEvent_AcknowledgeTaskOverdue")
                .singleResult()
                .getDuedate()).isEqualTo(rearmed);
            assertThat(tasks.createTaskQuery().taskId(extended.getId()).singleResult().getDueDate())
                .isEqualTo(extendedDue);
        }
        finally {
            assertThat(calendarYears.loadShipped(HolidayFile.read())).containsExactly(year);
        }
        // and the shipped file again puts it back
        assertThat(tasks.createTaskQuery().taskId(counted.getId()).singleResult().getDueDate())
            .isEqualTo(counted.getDueDate());
    }

    Task step(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(STEP).singleResult();
    }

}
