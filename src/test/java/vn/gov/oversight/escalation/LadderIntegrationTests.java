package vn.gov.oversight.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.support.DueJobs;
import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;

/**
 * The ladder with the job executor running, on PostgreSQL. Steps are due in working days;
 * the test profile runs the ladder around them in seconds (reminder 2 s before,
 * escalation 3 s after, a tick every 3 s), and the test moves a step's due moment a few
 * seconds ahead, as an extension would.
 */
@IntegrationTest
class LadderIntegrationTests {

    static final String COORDINATOR = "canbo.so-ldtbxh";
    static final String COMMITTEE = "truongban.bcd";
    static final String STEP = "Task_AcknowledgeTask";

    @LocalServerPort
    int port;

    @Autowired
    StepDeadlines steps;

    @Autowired
    Escalations escalations;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    record Started(String planCode, JsonNode assignments) {
        JsonNode of(String agency) {
            for (JsonNode assignment : assignments) {
                if (assignment.path("agency").asText().equals(agency)) {
                    return assignment;
                }
            }
            throw new AssertionError("no assignment for " + agency);
        }
    }

    Started plan(String... agencies) {
        String code = UUID.randomUUID().toString().substring(0, 6) + "/KH-UBND";
        Http.Response created = Http.as(port, COORDINATOR)
            .post("/api/plans",
                    Map.of("code", code, "title", "Kế hoạch rà soát hộ nghèo", "issuingBody", "ubnd-tinh", "issuedOn",
                            "2026-01-05", "tasks",
                            List.of(Map.of("code", "5.1", "title", "Rà soát hộ nghèo, hộ cận nghèo", "leadAgencies",
                                    List.of(agencies), "dueDate", LocalDate.now().plusDays(60).toString()))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Started(code, created.json().path("assignments"));
    }

    List<String> eventKinds(String user, JsonNode assignment) {
        return Http.as(port, user)
            .get("/api/assignments/" + assignment.path("id").asText())
            .json()
            .path("events")
            .findValuesAsText("kind");
    }

    Date secondsFromNow(int seconds) {
        return new Date(System.currentTimeMillis() + seconds * 1000L);
    }

    @Test
    void anUntouchedStepIsRemindedMarkedOverdueAndEscalatedOnceWhileOneDoneInTimeIsNot() {
        Started plan = plan("ubnd-nho-quan", "ubnd-gia-vien");
        String late = plan.of("ubnd-nho-quan").path("processInstanceId").asText();
        String onTime = plan.of("ubnd-gia-vien").path("processInstanceId").asText();

        // Nho Quan's acknowledgement due a few seconds from now, Gia Viễn's a minute from
        // now
        Date soon = secondsFromNow(4);
        assertThat(steps.move(late, STEP, soon)).isEqualTo(1);
        assertThat(steps.move(onTime, STEP, secondsFromNow(60))).isEqualTo(1);
        // Gia Viễn acknowledges in time
        Task giaVien = tasks.createTaskQuery().processInstanceId(onTime).taskDefinitionKey(STEP).singleResult();
        assertThat(Http.as(port, "thutruong.ubnd-gia-vien")
            .post("/engine-rest/task/" + giaVien.getId() + "/complete", Map.of())
            .status()).isEqualTo(204);

        // Nho Quan does nothing: reminded, overdue, escalated
        await().atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> escalations.search(null, "ubnd-nho-quan", plan.planCode()).size() == 1);
        Escalation escalation = escalations.search(null, "ubnd-nho-quan", plan.planCode()).get(0);
        // nothing more fires: the step's timers are spent
        DueJobs.awaitRun(management, late);
        assertThat(escalations.search(null, "ubnd-nho-quan", plan.planCode())).hasSize(1);
        // the model's ladder is in the instance's history, as Cockpit shows it
        assertThat(history.createHistoricActivityInstanceQuery()
            .processInstanceId(late)
            .activityId("ServiceTask_AcknowledgeTaskEscalateToSteeringCommittee")
            .finished()
            .count()).isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery()
            .processInstanceId(late)
            .activityId("ServiceTask_AcknowledgeTaskSendReminder")
            .finished()
            .count()).isEqualTo(1);
        // the step done in time fired nothing, not even in the model
        assertThat(history.createHistoricActivityInstanceQuery()
            .processInstanceId(onTime)
            .activityType("serviceTask")
            .list()).noneMatch(activity -> activity.getActivityId().startsWith("ServiceTask_AcknowledgeTask"));

        assertThat(escalation.stepKey()).isEqualTo(STEP);
        assertThat(escalation.status()).isEqualTo(Escalation.Status.OPEN);
        assertThat(escalation.level()).isEqualTo(1);
        assertThat(eventKinds(COORDINATOR, plan.of("ubnd-nho-quan")))
            .containsSubsequence("REMINDER_SENT", "OVERDUE_NOTICE", "ESCALATED")
            .containsOnlyOnce("REMINDER_SENT", "OVERDUE_NOTICE", "ESCALATED");
        JsonNode committeeTasks = Http.as(port, COMMITTEE)
            .get("/engine-rest/task?processInstanceBusinessKey=escalation/" + escalation.id())
            .json();
        assertThat(committeeTasks).hasSize(1);
        assertThat(committeeTasks.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_ReviewEscalation");
        assertThat(committeeTasks.get(0).path("name").asText()).startsWith("Xem xét việc quá hạn: ")
            .contains("Rà soát hộ nghèo, hộ cận nghèo", "(UBND huyện Nho Quan)");
        // the agency done in time got nothing
        assertThat(escalations.search(null, "ubnd-gia-vien", plan.planCode())).isEmpty();
        assertThat(eventKinds(COORDINATOR, plan.of("ubnd-gia-vien"))).doesNotContain("REMINDER_SENT", "OVERDUE_NOTICE",
                "ESCALATED");
        // the API shows it to the committee and the coordinator, not to another agency
        JsonNode listed = Http.as(port, COMMITTEE).get("/api/escalations?status=OPEN&agency=ubnd-nho-quan").json();
        assertThat(listed.findValuesAsText("id")).contains(String.valueOf(escalation.id()));
        assertThat(Http.as(port, COORDINATOR)
            .get("/api/escalations/" + escalation.id())
            .json()
            .path("daysOverdue")
            .asLong()).isZero();
        assertThat(Http.as(port, "thutruong.so-y-te").get("/api/escalations/" + escalation.id()).status())
            .isEqualTo(404);
        // and as a workbook, with the same filters and the same visibility
        assertThat(workbookRows(COMMITTEE, "/api/escalations.xlsx?status=OPEN&agency=ubnd-nho-quan"))
            .anyMatch(row -> row.startsWith(escalation.id() + "|UBND huyện Nho Quan|")
                    && row.contains("|Chờ Ban Chỉ đạo xem xét|"));
        assertThat(workbookRows("thutruong.so-y-te", "/api/escalations.xlsx"))
            .noneMatch(row -> row.startsWith(escalation.id() + "|"));

        // the committee's own review is due too: reminded before and at its due moment,
        // and nothing climbs above it
        assertThat(steps.move(escalation.reviewProcessInstanceId(),
                EscalationReviewProcess.Elements.TASK_REVIEW_ESCALATION, secondsFromNow(3)))
            .isEqualTo(1);
        await().atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> committeeRungs(escalation).size() == 2);
        DueJobs.awaitRun(management, escalation.reviewProcessInstanceId());
        assertThat(committeeRungs(escalation)).containsExactlyInAnyOrder("REMINDER", "OVERDUE");

        // the committee's form shows the escalation as it is now, read from the tables
        String review = committeeTasks.get(0).path("id").asText();
        JsonNode shown = Http.as(port, COMMITTEE).get("/engine-rest/task/" + review + "/form-variables").json();
        assertThat(shown.path("agencyName").path("value").asText()).isEqualTo("UBND huyện Nho Quan");
        assertThat(shown.path("daysOverdue").path("value").asLong()).isZero();
        assertThat(shown.path("historyText").path("value").asText()).contains("Nhắc việc", "Thông báo quá hạn");
        assertThat(runtime.getVariables(escalation.reviewProcessInstanceId())).doesNotContainKeys("agencyName",
                "historyText", "daysOverdue");

        // the committee extends: the step's due date moves and its ladder starts again
        // from there
        LocalDate newDueDate = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10);
        Http.Response noDate = Http.as(port, COMMITTEE)
            .post("/engine-rest/task/" + review + "/complete",
                    Map.of("variables", Map.of("decision", Map.of("value", "EXTEND"))));
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.body()).contains("newDueDate");
        assertThat(Http.as(port, COMMITTEE)
            .post("/engine-rest/task/" + review + "/complete",
                    Map.of("variables",
                            Map.of("decision", Map.of("value", "EXTEND"), "newDueDate",
                                    Map.of("value", newDueDate.toString()))))
            .status()).isEqualTo(204);

        Task waiting = tasks.createTaskQuery().processInstanceId(late).taskDefinitionKey(STEP).singleResult();
        assertThat(waiting.getDueDate().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate())
            .isEqualTo(newDueDate);
        Escalation decided = escalations.find(escalation.id()).orElseThrow();
        assertThat(decided.decision()).isEqualTo(Escalation.Decision.EXTEND);
        assertThat(decided.status()).isEqualTo(Escalation.Status.CLOSED);
        assertThat(decided.decidedBy()).isEqualTo(COMMITTEE);
        assertThat(eventKinds(COORDINATOR, plan.of("ubnd-nho-quan"))).contains("ESCALATION_EXTEND");
        // re-armed on the new date: the step's three timers wait for it again, and
        // nothing more fires now
        Date newDue = waiting.getDueDate();
        assertThat(management.createJobQuery().processInstanceId(late).timers().list())
            .extracting(job -> job.getDuedate().getTime() - newDue.getTime())
            .containsExactlyInAnyOrder(-2_000L, 0L, 3_000L);
        DueJobs.awaitRun(management, late);
        assertThat(eventKinds(COORDINATOR, plan.of("ubnd-nho-quan"))).containsOnlyOnce("REMINDER_SENT");
    }

    @Test
    void theEscalationJobRunningTwiceOrOnTwoNodesLeavesOneEscalation() throws Exception {
        Started plan = plan("ubnd-yen-khanh");
        long assignmentId = plan.of("ubnd-yen-khanh").path("id").asLong();
        String instance = plan.of("ubnd-yen-khanh").path("processInstanceId").asText();
        LadderSubject subject = new LadderSubject("ASSIGNMENT", assignmentId, "Task_DraftLocalPlan", "ubnd-yen-khanh",
                plan.planCode(), "Rà soát hộ nghèo, hộ cận nghèo", "Đang dự thảo kế hoạch");
        Date longOverdue = Date
            .from(LocalDate.of(2026, 1, 5).atTime(23, 59, 59).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());

        // two nodes climb the same ladder at the same moment
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            runs.add(nodes.submit(() -> {
                start.await();
                transactions.executeWithoutResult(
                        status -> escalations.fire(subject, longOverdue.toInstant(), Rung.ESCALATION, instance));
                return null;
            }));
        }
        start.countDown();
        int failed = 0;
        for (Future<?> run : runs) {
            try {
                run.get(30, TimeUnit.SECONDS);
            }
            catch (ExecutionException lostTheRace) {
                failed++;
            }
        }
        nodes.shutdown();
        // and the job runs once more (a retry)
        transactions.executeWithoutResult(
                status -> escalations.fire(subject, longOverdue.toInstant(), Rung.ESCALATION, instance));

        List<Escalation> found = escalations.search(null, "ubnd-yen-khanh", plan.planCode());
        assertThat(found).hasSize(1);
        assertThat(failed).isLessThanOrEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery()
            .processInstanceBusinessKey("escalation/" + found.get(0).id())
            .count()).isEqualTo(1);
        assertThat(eventKinds(COORDINATOR, plan.of("ubnd-yen-khanh")).stream().filter("ESCALATED"::equals).count())
            .isEqualTo(1);
    }

    @Test
    void aLateAccountabilityReportComesBackToTheCommitteeAsAnEscalationOfItsOwn() {
        Started plan = plan("ubnd-kim-son");
        String instance = plan.of("ubnd-kim-son").path("processInstanceId").asText();
        EscalationTestSupport.escalateLongOverdue(
                escalations, transactions, new LadderSubject("ASSIGNMENT", plan.of("ubnd-kim-son").path("id").asLong(),
                        STEP, "ubnd-kim-son", plan.planCode(), "Rà soát hộ nghèo, hộ cận nghèo", "Chờ tiếp nhận"),
                instance);
        Escalation first = escalations.search(null, "ubnd-kim-son", plan.planCode()).get(0);
        Task review = tasks.createTaskQuery().processInstanceId(first.reviewProcessInstanceId()).singleResult();
        assertThat(Http.as(port, COMMITTEE)
            .post("/engine-rest/task/" + review.getId() + "/complete",
                    Map.of("variables", Map.of("decision", Map.of("value", "ACCOUNTABILITY"))))
            .status()).isEqualTo(204);

        // the agency lets its accountability report go past its due moment
        assertThat(steps.move(first.reviewProcessInstanceId(), "Task_SubmitAccountabilityReport", secondsFromNow(2)))
            .isEqualTo(1);

        await().atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> escalations.search(null, "ubnd-kim-son", plan.planCode()).size() == 2);
        Escalation again = escalations.search(null, "ubnd-kim-son", plan.planCode())
            .stream()
            .filter(escalation -> escalation.id() != first.id())
            .findFirst()
            .orElseThrow();
        assertThat(again.subjectType()).isEqualTo("ACCOUNTABILITY");
        assertThat(again.subjectId()).isEqualTo(first.id());
        assertThat(again.title()).startsWith("Báo cáo kiểm điểm trách nhiệm");
    }

    /**
     * The rows of a downloaded workbook's first sheet, cells joined with "|" (numbers
     * without decimals).
     */
    List<String> workbookRows(String user, String path) {
        try (org.apache.poi.ss.usermodel.Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(Http.as(port, user).download(path)))) {
            List<String> rows = new ArrayList<>();
            org.apache.poi.ss.usermodel.DataFormatter cells = new org.apache.poi.ss.usermodel.DataFormatter();
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(0)) {
                List<String> values = new ArrayList<>();
                row.forEach(cell -> values.add(cells.formatCellValue(cell)));
                rows.add(String.join("|", values));
            }
            return rows;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> committeeRungs(Escalation escalation) {
        return jdbc.queryForList("select rung from ladder_rung where subject_type = 'ESCALATION' and subject_id = ?"
                + " and agency_code = 'steering-committee'", String.class, escalation.id());
    }

}
