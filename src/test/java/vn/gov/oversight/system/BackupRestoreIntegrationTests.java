package vn.gov.oversight.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.OversightApplication;
import vn.gov.oversight.escalation.StepDeadlines;
import vn.gov.oversight.reporting.ReportingIntegrationTests;
import vn.gov.oversight.support.Communes;
import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;
import vn.gov.oversight.support.TestPostgres;
import vn.gov.oversight.support.WaitingTasks;

/**
 * The README's backup and restore procedure, as an operator runs it:
 * {@code scripts/backup} of the suite's running database (the source node keeps working),
 * {@code scripts/restore} into a fresh PostgreSQL server under a role of its own, and a
 * new node started on the restored database. Every open step it inherits still climbs its
 * ladder on time and exactly once: the steps come due either while the new node starts
 * (it must catch up) or after it is up (it must fire them at their moments), and
 * assignments and reports read as they did when the backup was taken.
 */
@IntegrationTest
class BackupRestoreIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(BackupRestoreIntegrationTests.class);
    static final String COORDINATOR = "canbo.so-ldtbxh";
    static final String ACKNOWLEDGE = "Task_AcknowledgeTask";
    static final String PREPARE_REPORT = "Task_PrepareReport";
    static final String REVIEW_REPORT = "Task_ReviewReport";
    static final String ROLE = "oversight_restored";

    /**
     * How long after its moment (or after the new node is up, for a moment that passed
     * while it started) a rung may fire: the test profile's job acquisition (every 0.5 to
     * 1 s) and the new node's first seconds of work.
     */
    static final Duration LATE_AT_MOST = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    StepDeadlines steps;

    @Autowired
    TaskService tasks;

    @Value("${oversight.escalation.reminder-before}")
    Duration reminderBefore;

    @Value("${oversight.escalation.escalate-after}")
    Duration escalateAfter;

    @Value("${spring.datasource.url}")
    String sourceUrl;

    @Value("${spring.datasource.username}")
    String sourceUser;

    @Value("${spring.datasource.password}")
    String sourcePassword;

    /**
     * A waiting step of the source, moved to come due at {@code due}: subject id
     * (assignment or report), step, instance.
     */
    record Step(long subjectId, String stepKey, String processInstanceId, Instant due) {
    }

    @Test
    void aBackupRestoredIntoAFreshServerKeepsEveryOpenStepOnItsLadderAndEveryReport() throws Exception {
        CompletableFuture<TestPostgres.Server> freshServer = CompletableFuture.supplyAsync(TestPostgres::startServer);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        List<String> agencies = List.of("ubnd-xa-bk1-" + suffix, "ubnd-xa-bk2-" + suffix);
        agencies
            .forEach(code -> Communes.create(port, code, "UBND xã " + code, "thutruong." + code, "mat-khau-sao-luu"));

        // given: four open assignments waiting to be acknowledged, a report submitted and
        // waiting for the
        // coordinator's review, another still to be prepared
        String planCode = "BK-" + suffix + "/KH-UBND";
        Http coordinator = Http.as(port, COORDINATOR);
        Http.Response plan = coordinator.post("/api/plans", Map.of("code", planCode, "title",
                "Kế hoạch sao lưu " + suffix, "issuingBody", "ubnd-tinh", "issuedOn", "2026-01-05", "tasks",
                List.of(task("1", "Rà soát hộ nghèo, hộ cận nghèo", agencies), task("2", "Hỗ trợ nhà ở", agencies))));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        String period = "BK-" + suffix;
        Http.Response opened = coordinator.post("/api/reporting-periods",
                Map.of("code", period, "regime", "AD_HOC", "cutOffFrom", "2026-01-01", "cutOffTo", "2026-06-30",
                        "reportersDueDate", "2027-07-08", "dueDate", "2027-07-15", "agencies", agencies));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode submitted = opened.json().path("reports").get(0);
        JsonNode unsent = opened.json().path("reports").get(1);
        String prepare = WaitingTasks.waiting(tasks, submitted.path("processInstanceId").asText(), PREPARE_REPORT)
            .getId();
        assertThat(Http.as(port, "thutruong." + submitted.path("agency").asText(), "mat-khau-sao-luu")
            .post("/engine-rest/task/" + prepare + "/complete",
                    ReportingIntegrationTests.variables(ReportingIntegrationTests.figures(8_000, 250, 300, 40, 4)))
            .status()).isEqualTo(204);
        WaitingTasks.waiting(tasks, submitted.path("processInstanceId").asText(), REVIEW_REPORT);

        // half of the steps come due while the new node starts, half once it is up (the
        // reminders two seconds
        // earlier, the escalations three later, as the test profile's ladder runs)
        Instant soon = Instant.now().plusSeconds(20).truncatedTo(ChronoUnit.MILLIS);
        Instant later = Instant.now().plusSeconds(45).truncatedTo(ChronoUnit.MILLIS);
        List<Step> open = new ArrayList<>();
        JsonNode assignments = plan.json().path("assignments");
        for (int i = 0; i < assignments.size(); i++) {
            open.add(new Step(assignments.get(i).path("id").asLong(), ACKNOWLEDGE,
                    assignments.get(i).path("processInstanceId").asText(), i % 2 == 0 ? soon : later));
        }
        open.add(new Step(submitted.path("id").asLong(), REVIEW_REPORT, submitted.path("processInstanceId").asText(),
                soon));
        open.add(
                new Step(unsent.path("id").asLong(), PREPARE_REPORT, unsent.path("processInstanceId").asText(), later));
        open.forEach(step -> assertThat(steps.move(step.processInstanceId(), step.stepKey(), Date.from(step.due())))
            .isEqualTo(1));
        JsonNode assignmentsBefore = coordinator.get("/api/assignments?plan=" + planCode).json();
        JsonNode reportsBefore = coordinator.get("/api/reporting-periods/" + period + "/summary").json();

        // when: the backup is taken while the source runs ...
        Path backup = Files.createDirectories(Path.of("target", "backup-restore")).resolve(suffix + ".dump");
        run(Map.of("DB_URL", sourceUrl, "DB_USERNAME", sourceUser, "DB_PASSWORD", sourcePassword), "scripts/backup",
                backup.toString());
        // (the source's own ladders of these steps are moved far ahead: the suite's node
        // leaves them alone)
        open.forEach(step -> steps.move(step.processInstanceId(), step.stepKey(),
                Date.from(Instant.now().plus(Duration.ofDays(60)))));

        // ... restored into a fresh server, into an empty database owned by the
        // application's role ...
        try (TestPostgres.Server server = freshServer.get(120, TimeUnit.SECONDS)) {
            try (var admin = DriverManager.getConnection(server.connection().url(), "postgres", "");
                    var statement = admin.createStatement()) {
                statement.execute("create role " + ROLE + " login password 'khoi-phuc'");
                statement.execute("create database oversight owner " + ROLE);
            }
            String url = server.url("oversight");
            run(Map.of("DB_URL", url, "DB_USERNAME", ROLE, "DB_PASSWORD", "khoi-phuc"), "scripts/restore",
                    backup.toString());
            try (SingleConnectionDataSource restoredDb = new SingleConnectionDataSource(url, ROLE, "khoi-phuc", true)) {
                JdbcTemplate restored = new JdbcTemplate(restoredDb);
                assertThat(restored.queryForObject(
                        "select count(*) from pg_tables where schemaname = 'public'" + " and tableowner <> ?",
                        Long.class, ROLE))
                    .isZero();
                // every rung of every open step is a timer in the backup, none fired yet,
                // none locked
                Map<String, Instant> timers = ladderTimers(restored, open);
                assertThat(timers.values()).containsExactlyInAnyOrderElementsOf(open.stream()
                    .flatMap(step -> Stream.of(step.due().minus(reminderBefore), step.due(),
                            step.due().plus(escalateAfter)))
                    .toList());
                assertThat(ladderRows(restored, open)).isEmpty();
                assertThat(restored.queryForObject("select count(*) from act_ru_job where lock_owner_ is not null",
                        Long.class))
                    .isZero();

                // ... and a new node started on it (the production profile, the test
                // profile's fast job acquisition)
                Instant up;
                try (ConfigurableApplicationContext node = startNode(url)) {
                    up = Instant.now();
                    int nodePort = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
                    log.info("The node on the restored database is up {} s before the later steps come due",
                            Duration.between(up, later).toSeconds());

                    // then: assignments and reports read as they did when the backup was
                    // taken
                    Http restoredCoordinator = Http.as(nodePort, COORDINATOR);
                    assertThat(restoredCoordinator.get("/api/assignments?plan=" + planCode).json())
                        .isEqualTo(assignmentsBefore);
                    assertThat(restoredCoordinator.get("/api/reporting-periods/" + period + "/summary").json())
                        .isEqualTo(reportsBefore);

                    // every step climbs its whole ladder: three rungs and one escalation
                    // with its review, each once
                    await().atMost(Duration.between(Instant.now(), later).plus(LATE_AT_MOST).plusSeconds(30))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> escalations(restored, open).size() == open.size()
                                && ladderRows(restored, open).size() == open.size() * 3);
                    // nothing more comes: the timers are spent, no job failed, no
                    // incident
                    await().during(Duration.ofSeconds(3))
                        .atMost(Duration.ofSeconds(10))
                        .until(() -> escalations(restored, open).size() == open.size()
                                && ladderRows(restored, open).size() == open.size() * 3);
                    List<String> instances = open.stream().map(Step::processInstanceId).toList();
                    List<Map<String, Object>> escalations = escalations(restored, open);
                    List<String> reviews = escalations.stream()
                        .map(row -> (String) row.get("review_process_instance_id"))
                        .toList();
                    assertThat(restored.queryForObject(
                            "select count(*) from act_hi_procinst where business_key_ in (" + escalations.stream()
                                .map(row -> "'escalation/" + row.get("id") + "'")
                                .reduce((a, b) -> a + "," + b)
                                .orElseThrow() + ")",
                            Long.class))
                        .isEqualTo(open.size());
                    assertThat(reviews).doesNotContainNull().doesNotHaveDuplicates();
                    assertThat(count(restored,
                            "select count(*) from act_ru_job where id_ in (" + in(timers.keySet()) + ")"))
                        .isZero();
                    List<String> involved = new ArrayList<>(instances);
                    involved.addAll(reviews);
                    assertThat(count(restored,
                            "select count(*) from act_ru_incident where proc_inst_id_ in (" + in(involved) + ")"))
                        .isZero();
                    assertThat(count(restored, "select count(*) from act_ru_job where exception_msg_ is not null and"
                            + " process_instance_id_ in (" + in(involved) + ")"))
                        .isZero();
                    // each rung at its moment, or as soon as the node was up when its
                    // moment passed while it started
                    for (Map<String, Object> rung : ladderRows(restored, open)) {
                        Instant due = ((Timestamp) rung.get("due_at")).toInstant();
                        Instant moment = switch ((String) rung.get("rung")) {
                            case "REMINDER" -> due.minus(reminderBefore);
                            case "OVERDUE" -> due;
                            default -> due.plus(escalateAfter);
                        };
                        Instant fired = ((Timestamp) rung.get("fired_at")).toInstant();
                        assertThat(fired).as("%s", rung)
                            .isAfterOrEqualTo(moment)
                            .isBefore(max(moment, up).plus(LATE_AT_MOST));
                    }
                    // the waiting tasks wait on, and the submitted report is still there
                    // to be reviewed
                    assertThat(count(restored,
                            "select count(*) from act_ru_task where proc_inst_id_ in (" + in(instances) + ")"))
                        .isEqualTo(open.size());
                    JsonNode reported = restoredCoordinator.get("/api/reporting-periods/" + period + "/summary")
                        .json()
                        .path("agencies");
                    assertThat(reported.findValues("agency").stream().map(JsonNode::asText).toList())
                        .containsExactlyInAnyOrderElementsOf(agencies);
                    for (JsonNode agency : reported) {
                        boolean sent = agency.path("agency").asText().equals(submitted.path("agency").asText());
                        assertThat(agency.path("poorHouseholds").isNull()).as("%s", agency).isNotEqualTo(sent);
                        if (sent) {
                            assertThat(agency.path("poorHouseholds").asInt()).isEqualTo(250);
                        }
                    }
                }
            }
        }
        finally {
            Files.deleteIfExists(backup);
        }
    }

    static Map<String, Object> task(String code, String title, List<String> agencies) {
        return Map.of("code", code, "title", title, "leadAgencies", agencies, "dueDate",
                LocalDate.now().plusDays(90).toString());
    }

    /**
     * A second node in this JVM on the restored database: the production profile (no demo
     * data) and the test profile's fast job acquisition, an engine name of its own (the
     * suite's node keeps "default", which Camunda's REST API and web apps look up by
     * name: this test reads the new node through the application's own API).
     */
    static ConfigurableApplicationContext startNode(String url) {
        return new SpringApplicationBuilder(OversightApplication.class).run("--spring.profiles.active=postgres,test",
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + ROLE,
                "--spring.datasource.password=khoi-phuc", "--camunda.bpm.process-engine-name=restored",
                "--camunda.bpm.admin-user.password=Khoi-phuc-2026-quan-tri", "--spring.main.banner-mode=off",
                // no web apps: their static state is the JVM's, and this node, closed at
                // the end, would leave the
                // suite's Tasklist without its engine (the test reads the restored node
                // through /api and JDBC)
                "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration");
    }

    /**
     * The job id and moment of each ladder timer of the steps (in the restored database,
     * before any node ran).
     */
    static Map<String, Instant> ladderTimers(JdbcTemplate db, List<Step> open) {
        Map<String, Instant> timers = new HashMap<>();
        db.query("select id_, duedate_ from act_ru_job where type_ = 'timer'" + " and process_instance_id_ in ("
                + in(open.stream().map(Step::processInstanceId).toList()) + ")", row -> {
                    timers.put(row.getString("id_"), row.getTimestamp("duedate_").toInstant());
                });
        return timers;
    }

    static List<Map<String, Object>> ladderRows(JdbcTemplate db, List<Step> open) {
        return db.queryForList("select * from ladder_rung where " + subjects(open));
    }

    static List<Map<String, Object>> escalations(JdbcTemplate db, List<Step> open) {
        return db.queryForList("select * from escalation where " + subjects(open));
    }

    static String subjects(List<Step> open) {
        return open.stream()
            .map(step -> "(subject_id = " + step.subjectId() + " and step_key = '" + step.stepKey() + "')")
            .reduce((a, b) -> a + " or " + b)
            .orElseThrow();
    }

    static String in(Collection<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").reduce((a, b) -> a + "," + b).orElseThrow();
    }

    static long count(JdbcTemplate db, String sql) {
        Long value = db.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Runs one of the scripts as an operator would, with the connection in the
     * environment; fails on its failure.
     */
    static void run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s timed out", command[0]).isTrue();
        assertThat(process.exitValue()).as("%s: %s", command[0], output).isZero();
        log.info("{}", output.strip());
    }

}
