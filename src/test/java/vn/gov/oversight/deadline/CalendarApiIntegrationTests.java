package vn.gov.oversight.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;

/** The holiday calendar through its API, on PostgreSQL, with the shipped file loaded at start-up. */
@IntegrationTest
class CalendarApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    WorkingCalendar workingCalendar;

    @Autowired
    ProcessEngine processEngine;

    Http admin() {
        return Http.as(port, "admin");
    }

    Http officer() {
        return Http.as(port, "canbo.so-y-te");
    }

    /** A year as a PUT body, from what GET answered. */
    static Map<String, Object> body(JsonNode year) {
        return Map.of("source", year.path("source").asText(), "daysOff", entries(year.path("daysOff")),
                "workingDays", entries(year.path("workingDays")));
    }

    static List<Map<String, String>> entries(JsonNode list) {
        List<Map<String, String>> entries = new ArrayList<>();
        list.forEach(entry -> entries.add(Map.of("date", entry.path("date").asText(), "name", entry.path("name").asText())));
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
        assertThat(entries(year.json().path("daysOff"))).contains(
                entry("2026-02-16", "Tết Nguyên đán (29 tháng Chạp)"), entry("2026-02-17", "Tết Nguyên đán (mùng 1)"),
                entry("2026-02-20", "Tết Nguyên đán (mùng 4)"), entry("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương"));
        assertThat(workingCalendar.dueAfter(LocalDate.of(2026, 2, 13).atTime(10, 0).atZone(ShippedHolidays.VIETNAM),
                "P3D").toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void theApplicationsEngineCountsWholeDaysInWorkingDays() {
        BusinessCalendarManager calendars = ((ProcessEngineConfigurationImpl) processEngine
                .getProcessEngineConfiguration()).getBusinessCalendarManager();
        Date fridayBeforeTet = Date.from(LocalDate.of(2026, 2, 13).atTime(10, 0).atZone(ShippedHolidays.VIETNAM)
                .toInstant());

        assertThat(calendars.getBusinessCalendar(DueDateBusinessCalendar.NAME).resolveDuedate("P3D", fridayBeforeTet))
                .isEqualTo(Date.from(LocalDate.of(2026, 2, 25).atTime(23, 59, 59).atZone(ShippedHolidays.VIETNAM)
                        .toInstant()));
        assertThat(calendars.getBusinessCalendar(DurationBusinessCalendar.NAME).resolveDuedate("PT30S", fridayBeforeTet))
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
            assertThat(saved.json().path("source").asText()).isEqualTo("Thông báo nghỉ Tết Nguyên đán 2027 (bản thử nghiệm)");
            assertThat(entries(saved.json().path("workingDays")))
                    .containsExactly(entry("2027-02-20", "Làm bù cho ngày 12/02/2027"));
            assertThat(entries(officer().get("/api/calendar/2027").json().path("daysOff")))
                    .contains(entry("2027-02-12", "Nghỉ hoán đổi dịp Tết Nguyên đán (làm bù thứ Bảy 20/02/2027)"));
            assertThat(workingCalendar.isWorkingDay(swappedFriday)).isFalse();
            assertThat(workingCalendar.isWorkingDay(workingSaturday)).isTrue();
            // Tết 2027: off Friday 5/2 to Thursday 11/2 and now Friday 12/2; Saturday 20/2 is worked
            assertThat(workingCalendar.plusWorkingDays(LocalDate.of(2027, 2, 4), 6)).isEqualTo(workingSaturday);
        } finally {
            assertThat(admin().put("/api/calendar/2027", body(original)).status()).isEqualTo(200);
        }
        assertThat(workingCalendar.isWorkingDay(swappedFriday)).isTrue();
        assertThat(workingCalendar.isWorkingDay(workingSaturday)).isFalse();
    }

    @Test
    void anInvalidCorrectionNamesEveryFieldAtFaultAndChangesNothing() {
        JsonNode original = admin().get("/api/calendar/2027").json();
        Map<String, Object> invalid = Map.of("source", "Sửa lịch 2027",
                "daysOff", List.of(entry("2027-01-01", "Tết Dương lịch"), entry("2028-01-03", "Nghỉ bù Tết Dương lịch"),
                        entry("2027-04-16", " ")),
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
        Map<String, Object> malformed = Map.of("source", "Sửa lịch 2027",
                "daysOff", List.of(entry("2027-01-01", "Tết Dương lịch"), entry("2027-02-30", "Ngày không có")));

        Http.Response refused = admin().put("/api/calendar/2027", malformed);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("daysOff[1].date");
    }
}
