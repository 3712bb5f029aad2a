package vn.gov.oversight.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.inspection.InspectionProcess.Elements;
import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;
import vn.gov.oversight.support.Tasklist;
import vn.gov.oversight.support.WaitingTasks;

/**
 * The inspected agency and a team member from another agency work their inspection steps
 * in Tasklist.
 */
@IntegrationTest
class InspectionTasklistIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Test
    void theAgencyProvidesDocumentsAndTheTeamRecordsAFindingInTasklist() {
        String title = "Kiểm tra hỗ trợ sinh kế " + UUID.randomUUID().toString().substring(0, 6);
        Http.Response opened = Http.as(port, "canbo.so-ldtbxh")
            .post("/api/inspections", Map.of("origin", "PLANNED", "plannedMonth", 6, "title", title, "agencies",
                    List.of("ubnd-yen-mo"), "team",
                    List.of(Map.of("userId", "canbo.so-ldtbxh", "agencyCode", "so-ldtbxh", "leader", true),
                            Map.of("userId", "canbo.so-y-te", "agencyCode", "so-y-te", "leader", false)),
                    "startsOn", LocalDate.now().plusDays(5).toString(), "endsOn",
                    LocalDate.now().plusDays(15).toString()));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.json().path("id").asLong();
        String instance = opened.json().path("processInstanceId").asText();
        LocalDate due = LocalDate.now().plusDays(40);

        try (Tasklist browser = new Tasklist(port)) {
            // Yên Mô's form says what the inspection is, who comes, and where to upload
            browser.logIn("thutruong.ubnd-yen-mo", "demo")
                .openTask(WaitingTasks.waiting(tasks, instance, Elements.TASK_PROVIDE_DOCUMENTS).getId());
            assertThat(browser.formText()).contains(title, "UBND huyện Yên Mô", "canbo.so-y-te (Sở Y tế)",
                    "Chưa có tài liệu nào", "/api/inspections/" + id + "/documents");
            browser.claim().type("Field_DocumentsNote", "Danh sách hộ được hỗ trợ, hồ sơ chi").complete();

            // the team member records the minutes and a finding; Yên Mô is filled in, the
            // only agency inspected
            browser.logIn("canbo.so-y-te", "demo")
                .openTask(WaitingTasks.waiting(tasks, instance, Elements.TASK_RECORD_FINDINGS).getId());
            assertThat(browser.formText()).contains(title, "Chưa ghi phát hiện nào", "ubnd-yen-mo");
            browser.claim()
                .type("Field_Minutes", "Làm việc với UBND huyện Yên Mô")
                .type("Field_FindingDescription", "Hồ sơ hỗ trợ sinh kế thiếu xác nhận")
                .type("Field_RemediationRequired", "Bổ sung xác nhận")
                .type("Field_RemediationDueDate", due.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")) + "\n")
                .complete();
        }

        JsonNode finding = Http.as(port, "thutruong.ubnd-yen-mo")
            .get("/api/inspections/" + id)
            .json()
            .path("findings")
            .get(0);
        assertThat(finding.path("description").asText()).isEqualTo("Hồ sơ hỗ trợ sinh kế thiếu xác nhận");
        assertThat(finding.path("agencyCode").asText()).isEqualTo("ubnd-yen-mo");
        assertThat(finding.path("dueDate").asText()).isEqualTo(due.toString());
        assertThat(WaitingTasks.waiting(tasks, instance, Elements.TASK_SUBMIT_DRAFT_CONCLUSION).getAssignee())
            .isEqualTo("canbo.so-ldtbxh");
    }

}
