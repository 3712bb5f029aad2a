package vn.gov.oversight.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;
import vn.gov.oversight.support.MutableClock;

/**
 * A merger: agency X is replaced by Y, and X's open work moves to Y without rewriting
 * history.
 */
@IntegrationTest
@RecordApplicationEvents
class SuccessionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    Directory directory;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    String oldAgency;

    String newAgency;

    String oldOfficer;

    String newOfficer;

    @BeforeEach
    void twoAgencies() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        oldAgency = "so-ldtbxh-" + suffix;
        newAgency = "so-nv-" + suffix;
        oldOfficer = "canbo.cu-" + suffix;
        newOfficer = "canbo.moi-" + suffix;
        create(oldAgency, "Sở Lao động - Thương binh và Xã hội (cũ)", oldOfficer);
        create(newAgency, "Sở Nội vụ (sau hợp nhất)", newOfficer);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        directory.reconcile();
    }

    void create(String code, String name, String officer) {
        Http admin = Http.as(port, "admin");
        Map<String, Object> agency = new HashMap<>(
                Map.of("code", code, "name", name, "kind", "DEPARTMENT", "validFrom", "2021-01-01"));
        assertThat(admin.post("/api/agencies", agency).status()).isEqualTo(201);
        assertThat(
                admin
                    .post("/api/agencies/" + code + "/members",
                            Map.of("userId", officer, "firstName", "Hà", "lastName", "Lê Thu", "email",
                                    officer + "@example.vn", "password", "mat-khau-an-toan", "role", "OFFICER"))
                    .status())
            .isEqualTo(201);
    }

    String startFor(String agency) {
        return runtime.startProcessInstanceByKey("agencyTaskSmoke", Map.of(Directory.AGENCY_VARIABLE, agency)).getId();
    }

    Http as(String user) {
        return Http.as(port, user, "mat-khau-an-toan");
    }

    List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId)
            .stream()
            .map(IdentityLink::getGroupId)
            .filter(Objects::nonNull)
            .toList();
    }

    @Test
    void aSuccessionTakingEffectTodayMovesOpenTasksToTheSuccessor() {
        // given
        String instance = startFor(oldAgency);
        String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        assertThat(as(oldOfficer).get("/engine-rest/task?processInstanceId=" + instance).json()).hasSize(1);
        assertThat(as(newOfficer).get("/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();

        // when
        Http.Response response = Http.as(port, "admin")
            .post("/api/agencies/" + oldAgency + "/successor",
                    Map.of("successorCode", newAgency, "effectiveOn", directory.today().toString()));

        // then
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().path("movedTasks").asInt()).isEqualTo(1);
        assertThat(candidateGroups(task)).containsExactly(newAgency);
        assertThat(as(newOfficer).get("/engine-rest/task?processInstanceId=" + instance).json()).hasSize(1);
        assertThat(as(newOfficer).get("/engine-rest/process-instance/" + instance).status()).isEqualTo(200);
        assertThat(as(oldOfficer).get("/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
        assertThat(as(newOfficer)
            .post("/engine-rest/task/" + task + "/complete",
                    Map.of("variables", Map.of("resultNote", Map.of("value", "Đơn vị kế thừa đã xử lý"))))
            .status()).isEqualTo(204);

        // the directory keeps the old agency, ended the day before
        Agency old = directory.agency(oldAgency).orElseThrow();
        assertThat(old.validTo()).isEqualTo(directory.today().minusDays(1));
        assertThat(old.successorCode()).isEqualTo(newAgency);
        // history keeps the old candidate group
        assertThat(Http.as(port, "admin").get("/engine-rest/history/identity-link-log?taskId=" + task).body())
            .contains(oldAgency);
    }

    @Test
    void workStartedForTheOldAgencyAfterTheSuccessionGoesToTheSuccessor() {
        directory.recordSuccession(oldAgency, newAgency, directory.today());
        assertThat(events.stream(AgencySucceeded.class).filter(event -> event.predecessorCode().equals(oldAgency)))
            .containsExactly(new AgencySucceeded(oldAgency, newAgency, directory.today()));

        String instance = startFor(oldAgency);

        String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        assertThat(candidateGroups(task)).containsExactly(newAgency);
        assertThat(as(newOfficer).get("/engine-rest/process-instance/" + instance).status()).isEqualTo(200);
    }

    @Test
    void aFutureSuccessionMovesTheWorkOnItsDay() {
        String instance = startFor(oldAgency);
        String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

        directory.recordSuccession(oldAgency, newAgency, directory.today().plusDays(10));
        assertThat(candidateGroups(task)).containsExactly(oldAgency);

        clock.advance(Duration.ofDays(10));
        directory.reconcile();

        assertThat(candidateGroups(task)).containsExactly(newAgency);
        assertThat(directory.successions()
            .stream()
            .filter(s -> s.predecessorCode().equals(oldAgency))
            .findFirst()
            .orElseThrow()
            .appliedAt()).isNotNull();
    }

    @Test
    void openReportsOfTheOldAgencyAreAnsweredByTheSuccessor() {
        String period = "DX-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(Http.as(port, "canbo.so-ldtbxh")
            .post("/api/reporting-periods",
                    Map.of("code", period, "regime", "AD_HOC", "cutOffFrom", "2026-01-01", "cutOffTo", "2026-06-30",
                            "reportersDueDate", "2027-01-08", "dueDate", "2027-01-15", "agencies", List.of(oldAgency)))
            .status()).isEqualTo(201);

        directory.recordSuccession(oldAgency, newAgency, directory.today());

        JsonNode agencies = Http.as(port, "canbo.so-ldtbxh")
            .get("/api/reporting-periods/" + period + "/summary")
            .json()
            .path("agencies");
        assertThat(agencies.findValuesAsText("agency")).containsExactly(newAgency);
    }

    @Test
    void invalidSuccessionsAreRefused() {
        Http admin = Http.as(port, "admin");
        String today = directory.today().toString();

        Http.Response unknown = admin.post("/api/agencies/" + oldAgency + "/successor",
                Map.of("successorCode", "khong-co", "effectiveOn", today));
        Http.Response self = admin.post("/api/agencies/" + oldAgency + "/successor",
                Map.of("successorCode", oldAgency, "effectiveOn", today));
        Http.Response noDate = admin.post("/api/agencies/" + oldAgency + "/successor",
                Map.of("successorCode", newAgency));
        Http.Response first = admin.post("/api/agencies/" + oldAgency + "/successor",
                Map.of("successorCode", newAgency, "effectiveOn", today));
        Http.Response again = admin.post("/api/agencies/" + oldAgency + "/successor",
                Map.of("successorCode", newAgency, "effectiveOn", today));
        Http.Response toDissolved = admin.post("/api/agencies/so-y-te/successor",
                Map.of("successorCode", oldAgency, "effectiveOn", today));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(self.status()).isEqualTo(400);
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.json().path("errors").get(0).path("field").asText()).isEqualTo("effectiveOn");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        assertThat(toDissolved.status()).isEqualTo(400);
        assertThat(directory.agency("so-y-te").orElseThrow().successorCode()).isNull();
    }

}
