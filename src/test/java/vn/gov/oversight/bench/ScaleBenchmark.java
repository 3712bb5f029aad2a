package vn.gov.oversight.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.oversight.assignment.TaskAssignmentProcess;
import vn.gov.oversight.escalation.EscalationReviewProcess;
import vn.gov.oversight.escalation.StepDeadlines;
import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;

/**
 * Province scale, each figure beside a baseline measured in the same run on the same
 * engine and database. Not part of the suite (its name is no {@code *Test});
 * {@code scripts/bench} runs it on a durable PostgreSQL server of its own, passes the
 * figures it measured outside this JVM (pgbench, start-up, memory) through the
 * environment, and keeps the table in {@code bench/results/}. Sizes come from the
 * environment too, so that a quick run can be smaller than the (#15).
 */
@IntegrationTest
// its thousands of mails are recorded, not sent to the tests' SMTP server in this JVM,
// which keeps them all
@TestPropertySource(properties = "oversight.test.mail-server=false")
class ScaleBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ScaleBenchmark.class);
    static final String COORDINATOR = "canbo.so-ldtbxh";
    static final String STEP = "Task_AcknowledgeTask";
    static final String BARE_TASK = "benchBareTask";
    static final String BARE_TIMER = "benchBareTimer";

    final int agencies = size("BENCH_AGENCIES", 150);

    final int tasks = size("BENCH_TASKS", 30);

    final int sweep = size("BENCH_SWEEP", 10_000);

    final int boardAssignments = size("BENCH_BOARD_ASSIGNMENTS", 20_000);

    final int boardRequests = size("BENCH_BOARD_REQUESTS", 200);

    /** The history the board is read beside: at least this many rows (#15: a million). */
    final int boardHistory = size("BENCH_BOARD_HISTORY", 1_000_000);

    /**
     * Which measures to run (BENCH_MEASURES, comma-separated): rollout, sweep, board; all
     * by default.
     */
    final List<String> measures = Arrays
        .asList(System.getenv().getOrDefault("BENCH_MEASURES", "rollout,sweep,board").split(","));

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    StepDeadlines steps;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    final List<String[]> rows = new ArrayList<>();

    @Test
    void provinceScale() throws Exception {
        writeApplicationClasspath();
        createAgencies();
        deployBareModels();
        int perPlan = agencies * tasks;

        // --- roll-out: one plan through the API, against the bare process started as
        // often in-process
        double rollOutRate = 0;
        double bareRate = 0;
        if (measures.contains("rollout")) {
            bareRate = bareStarts(perPlan);
            long rollOutStart = System.nanoTime();
            long planId = rollOut("BENCH-1");
            double rollOutSeconds = seconds(rollOutStart);
            rollOutRate = perPlan / rollOutSeconds;
            row("Roll-out " + tasks + " tasks × " + agencies + " agencies (" + perPlan
                    + " assignments), POST /api/plans" + " until every assignment started",
                    String.format(Locale.ROOT, "%.1f s, %.0f/s", rollOutSeconds, rollOutRate),
                    String.format(Locale.ROOT, "bare start→user task ×%d: %.0f/s", perPlan, bareRate),
                    ratio(rollOutRate, bareRate), "< 10 s and ≥ 0.8×",
                    verdict(rollOutSeconds < 10 && rollOutRate >= 0.8 * bareRate));
            row("Longest transaction of the roll-out", longestTransaction(planId), "", "", "", "");
        }

        // --- more plans until the board has its assignments (their roll-out rates are
        // kept as well)
        int plans = 1;
        double later = 0;
        int wanted = Math.max(measures.contains("board") ? boardAssignments : 0,
                measures.contains("sweep") ? sweep : 0);
        if (!measures.contains("rollout")) {
            plans = 0;
        }
        while (plans * perPlan < wanted) {
            plans++;
            long start = System.nanoTime();
            rollOut("BENCH-" + plans);
            later += seconds(start);
            log.info("Plan {} of the benchmark rolled out", plans);
        }
        if (plans > 1 && bareRate > 0) {
            double laterRate = (plans - 1) * perPlan / later;
            row("Roll-out of plans 2–" + plans + " (database growing)", String.format(Locale.ROOT, "%.0f/s", laterRate),
                    "", ratio(laterRate, bareRate), "", "");
        }

        // --- overdue sweep: N waiting steps whose whole ladder has passed, against N
        // bare timers doing nothing
        double sweepRate = 0;
        if (measures.contains("sweep")) {
            double bareSweep = bareTimers(sweep);
            double sweepSeconds = overdueSweep(sweep);
            sweepRate = sweep / sweepSeconds;
            double bareSweepRate = sweep / bareSweep;
            row("Overdue sweep of " + sweep + " steps (3 rungs each, escalation recorded, review started)",
                    String.format(Locale.ROOT, "%.1f s, %.0f steps/s", sweepSeconds, sweepRate),
                    String.format(Locale.ROOT, "%d bare timers: %.1f s, %.0f/s", sweep, bareSweep, bareSweepRate),
                    ratio(sweepRate, bareSweepRate), "< 30 s and ≥ 0.5×",
                    verdict(sweepSeconds < 30 && sweepRate >= 0.5 * bareSweepRate));
        }

        // --- the board with everything above in it, and more plans until its history
        // has the rows asked for
        if (measures.contains("board") && measures.contains("rollout")) {
            while (historyRows() < boardHistory) {
                plans++;
                rollOut("BENCH-" + plans);
                log.info("Plan {} of the benchmark rolled out for the board's history", plans);
            }
        }
        if (measures.contains("board")) {
            long assignments = count("select count(*) from assignment");
            long history = historyRows();
            long[] board = latencies("/api/board", boardRequests);
            long[] bareRead = latencies("/actuator/health", boardRequests);
            row("GET /api/board, " + agencies + " agencies + demo, " + assignments + " assignments, " + history
                    + " history rows", "p50 " + board[0] + " ms, p95 " + board[1] + " ms",
                    "GET /actuator/health: p50 " + bareRead[0] + " ms, p95 " + bareRead[1] + " ms", "", "p95 < 100 ms",
                    verdict(board[1] < 100));
        }

        // --- figure measured by scripts/bench outside this JVM
        String pgbench = System.getenv("BENCH_PGBENCH_TPS");
        if (pgbench != null) {
            double tps = Double.parseDouble(pgbench);
            row("PostgreSQL one-row insert commits (pgbench, 2 clients)", String.format(Locale.ROOT, "%.0f/s", tps), "",
                    "roll-out = " + ratio(rollOutRate, tps) + ", sweep = " + ratio(sweepRate, tps), "", "");
        }
        report();
    }

    // --- the measures

    /**
     * Posts a plan and waits until its roll-out has started every assignment (POST
     * answers 201 when that came within the application's answer-within, else 202 and the
     * plan's rollOut tells the progress); its id.
     */
    long rollOut(String code) {
        Http coordinator = Http.as(port, COORDINATOR);
        Http.Response created = coordinator.post("/api/plans", plan(code));
        assertThat(created.status()).as(created.body()).isIn(201, 202);
        long id = created.json().get("id").asLong();
        await().atMost(Duration.ofMinutes(30))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> coordinator.get("/api/plans/" + id).json().at("/rollOut/done").asBoolean());
        return id;
    }

    /**
     * The longest transaction of a plan's roll-out: the plan's own, or the longest of its
     * batches.
     */
    String longestTransaction(long planId) {
        double plan = jdbc.queryForObject("""
                select extract(epoch from max(b.scheduled_at) - p.created_at) from plan_roll_out_batch b
                  join plan p on p.id = b.plan_id where b.plan_id = ? group by p.created_at""", Double.class, planId);
        Map<String, Object> batches = jdbc.queryForMap("""
                select count(*) as n, max(size) as size, extract(epoch from max(done_at - started_at)) as longest,
                       extract(epoch from avg(done_at - started_at)) as mean
                  from plan_roll_out_batch where plan_id = ?""", planId);
        return String.format(Locale.ROOT,
                "%.2f s (plan and tasks: %.2f s; %s batches of up to %s assignments," + " longest %.2f s, mean %.2f s)",
                Math.max(plan, ((Number) batches.get("longest")).doubleValue()), plan, batches.get("n"),
                batches.get("size"), ((Number) batches.get("longest")).doubleValue(),
                ((Number) batches.get("mean")).doubleValue());
    }

    double bareStarts(int times) {
        long start = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < times; i++) {
                Map<String, Object> variables = new HashMap<>();
                variables.put("assignmentId", (long) i);
                variables.put("agencyCode", "bench-" + (i % agencies));
                variables.put("reviewLocalPlan", Boolean.TRUE);
                engine.getRuntimeService().startProcessInstanceByKey(BARE_TASK, "bare/" + i, variables);
            }
        });
        return times / seconds(start);
    }

    /**
     * Seconds until N due bare timers are gone, the job executor started once they all
     * exist.
     */
    double bareTimers(int n) throws Exception {
        JobExecutor executor = jobExecutor();
        executor.shutdown();
        Date past = new Date(System.currentTimeMillis() - 60_000);
        for (int from = 0; from < n; from += 500) {
            int to = Math.min(n, from + 500);
            int first = from;
            transactions.executeWithoutResult(status -> {
                for (int i = first; i < to; i++) {
                    engine.getRuntimeService().startProcessInstanceByKey(BARE_TIMER, Map.of("due", past));
                }
            });
        }
        long start = System.nanoTime();
        executor.start();
        awaitZero(
                () -> engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(BARE_TIMER).count());
        return seconds(start);
    }

    /**
     * Seconds until N steps, all of whose rungs are due, have their escalation recorded
     * and review started.
     */
    double overdueSweep(int n) throws Exception {
        JobExecutor executor = jobExecutor();
        executor.shutdown();
        List<String> instances = jdbc.queryForList("select a.process_instance_id from assignment a"
                + " where a.plan_code like 'BENCH-%' order by a.id limit ?", String.class, n);
        assertThat(instances).hasSize(n);
        long escalationsBefore = count("select count(*) from escalation");
        long reviewsBefore = reviews();
        Date past = new Date(System.currentTimeMillis() - 60_000);
        ExecutorService movers = Executors.newFixedThreadPool(2);
        List<Future<?>> moved = new ArrayList<>();
        for (List<String> part : List.of(instances.subList(0, n / 2), instances.subList(n / 2, n))) {
            moved.add(movers
                .submit(() -> part.forEach(instance -> assertThat(steps.move(instance, STEP, past)).isEqualTo(1))));
        }
        for (Future<?> future : moved) {
            future.get();
        }
        movers.shutdown();
        log.info("{} steps made overdue; the sweep starts", n);
        long start = System.nanoTime();
        executor.start();
        awaitZero(() -> n - (count("select count(*) from escalation") - escalationsBefore));
        awaitZero(() -> n - (reviews() - reviewsBefore));
        return seconds(start);
    }

    long reviews() {
        return engine.getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(EscalationReviewProcess.KEY)
            .count();
    }

    long[] latencies(String path, int requests) {
        Http coordinator = Http.as(port, COORDINATOR);
        for (int i = 0; i < 10; i++) {
            assertThat(coordinator.get(path).status()).isEqualTo(200);
        }
        long[] millis = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            assertThat(coordinator.get(path).status()).isEqualTo(200);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return new long[] { millis[requests / 2], millis[(int) Math.ceil(requests * 0.95) - 1] };
    }

    long historyRows() {
        return jdbc
            .queryForList(
                    "select tablename from pg_tables where schemaname = current_schema()"
                            + " and (tablename like 'act_hi_%' or tablename in ('assignment_event', 'ladder_rung'))",
                    String.class)
            .stream()
            .mapToLong(table -> count("select count(*) from " + table))
            .sum();
    }

    /**
     * The application's runtime classpath for {@code scripts/bench}, which measures
     * start-up and memory in a JVM of its own once this one has gone: the test classpath
     * without the test classes, whose configurations component scanning would pick up.
     */
    static void writeApplicationClasspath() throws IOException {
        String classpath = Arrays
            .stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(File.pathSeparator))
            .filter(entry -> !entry.endsWith("test-classes"))
            .collect(Collectors.joining(File.pathSeparator));
        Files.writeString(Path.of("target/bench-classpath.txt"), classpath);
    }

    // --- the world the measures need

    void createAgencies() {
        Http admin = Http.as(port, "admin");
        for (int i = 0; i < agencies; i++) {
            Http.Response agency = admin.post("/api/agencies", Map.of("code", agencyCode(i), "name",
                    "UBND xã Thử tải " + (i + 1), "kind", "LOCAL_COMMITTEE", "validFrom", "2021-01-01"));
            assertThat(agency.status()).as(agency.body()).isIn(201, 409);
        }
    }

    static String agencyCode(int i) {
        return String.format(Locale.ROOT, "bench-%03d", i + 1);
    }

    Map<String, Object> plan(String code) {
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < agencies; i++) {
            leads.add(agencyCode(i));
        }
        List<Map<String, Object>> planTasks = new ArrayList<>();
        for (int t = 1; t <= tasks; t++) {
            planTasks.add(Map.of("code", String.valueOf(t), "title", "Nhiệm vụ thử tải số " + t, "leadAgencies", leads,
                    "dueDate", LocalDate.now().plusDays(60 + t).toString()));
        }
        return Map.of("code", code, "title", "Kế hoạch thử tải " + code, "issuingBody", "ubnd-tinh", "issuedOn",
                LocalDate.now().toString(), "tasks", planTasks);
    }

    void deployBareModels() {
        BpmnModelInstance task = Bpmn.createExecutableProcess(BARE_TASK)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_Bare")
            .camundaCandidateGroups("${agencyCode}")
            .endEvent()
            .done();
        BpmnModelInstance timer = Bpmn.createExecutableProcess(BARE_TIMER)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .intermediateCatchEvent("Timer_Bare")
            .timerWithDate("${due}")
            .endEvent()
            .done();
        engine.getRepositoryService()
            .createDeployment()
            .name("benchmark baselines")
            .addModelInstance(BARE_TASK + ".bpmn", task)
            .addModelInstance(BARE_TIMER + ".bpmn", timer)
            .deploy();
    }

    JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }

    // --- helpers

    static void awaitZero(LongSupplier remaining) {
        await().atMost(Duration.ofMinutes(30))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> remaining.getAsLong() == 0);
    }

    long count(String sql, Object... arguments) {
        Long value = jdbc.queryForObject(sql, Long.class, arguments);
        return value == null ? 0 : value;
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static String ratio(double figure, double baseline) {
        return String.format(Locale.ROOT, "%.2f×", figure / baseline);
    }

    static String verdict(boolean met) {
        return met ? "met" : "missed";
    }

    static int size(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }

    void row(String... cells) {
        rows.add(cells);
        log.info("{}", String.join(" | ", cells));
    }

    void report() throws IOException {
        StringBuilder table = new StringBuilder();
        table.append("| Measure | Figure | Baseline (same run) | Ratio | Target | |\n");
        table.append("|---|---|---|---|---|---|\n");
        rows.forEach(cells -> table.append("| ").append(String.join(" | ", cells)).append(" |\n"));
        String file = System.getenv("BENCH_RESULT_FILE");
        if (file != null) {
            Path path = Path.of(file);
            Files.createDirectories(path.getParent());
            // the table ends the file: scripts/bench appends the rows it measures itself
            // (start-up, memory)
            Files.writeString(path,
                    "# Benchmark " + System.getenv().getOrDefault("BENCH_TITLE", "") + "\n\n" + "Sizes: BENCH_AGENCIES="
                            + agencies + ", BENCH_TASKS=" + tasks + ", BENCH_SWEEP=" + sweep
                            + ", BENCH_BOARD_ASSIGNMENTS=" + boardAssignments + ", BENCH_MEASURES="
                            + String.join(",", measures) + "; roll-out of process " + TaskAssignmentProcess.KEY
                            + "; job executor and history level as configured (profiles demo, test).\n\n" + table);
        }
        log.warn("Benchmark\n{}", table);
    }

}
