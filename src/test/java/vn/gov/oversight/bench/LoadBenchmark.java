package vn.gov.oversight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;
import vn.gov.oversight.support.WebAppSession;

/**
 * Issue #15's load: agency users at once working through their tasks as Tasklist does it,
 * on one node, for a fixed time. Each virtual user is one agency's officer with a login
 * session of its own (the web apps' session cookie and CSRF token) and repeats what a
 * person does in Tasklist: list the tasks of the filter "Việc của cơ quan tôi", open the
 * first one's form (its Camunda Form and its variables), claim it, complete it. A fixed
 * pool of users, no think time unless {@code BENCH_LOAD_THINK_MS} says so: a closed loop,
 * bounded by the users' number.
 * <p>
 * Not part of the suite (its name is no {@code *Test}); {@code scripts/bench} runs it
 * after {@link ScaleBenchmark} and appends its rows to that table
 * ({@code BENCH_RESULT_FILE}). It makes the agencies, officers and the plan whose
 * assignments give the work through the APIs, so it runs on an empty database as well.
 * Sizes from the environment: {@code BENCH_LOAD_USERS} (50), {@code BENCH_LOAD_SECONDS}
 * (300), {@code BENCH_LOAD_TASKS} (tasks per agency; by default enough for the time),
 * {@code BENCH_LOAD_THINK_MS} (0).
 */
@IntegrationTest
// its thousands of mails are recorded, not sent to the tests' SMTP server in this JVM,
// which keeps them all
@TestPropertySource(properties = "oversight.test.mail-server=false")
class LoadBenchmark {

    private static final Logger log = LoggerFactory.getLogger(LoadBenchmark.class);

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String COORDINATOR = "canbo.so-ldtbxh";
    static final String PASSWORD = "Thu-tai-2026-mat-khau";
    static final String AGENCY_FILTER = "Việc của cơ quan tôi";
    static final String ENGINE = "/engine/engine/default";

    /** The request Tasklist sends for a filter's first page, newest first. */
    static final String LIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";

    final int users = ScaleBenchmark.size("BENCH_LOAD_USERS", 50);

    final int seconds = ScaleBenchmark.size("BENCH_LOAD_SECONDS", 300);

    /**
     * Four of an agency's steps per assignment (acknowledge, draft, issue, report
     * completion): work for the time.
     */
    final int tasks = ScaleBenchmark.size("BENCH_LOAD_TASKS", Math.max(10, seconds / 6));

    final int thinkMillis = ScaleBenchmark.size("BENCH_LOAD_THINK_MS", 0);

    @LocalServerPort
    int port;

    @Test
    void agencyUsersAtOnce() throws Exception {
        createAgenciesAndWork();
        String filter = filterId(WebAppSession.logIn(port, officer(0), PASSWORD));

        // a few rounds unmeasured first: the web apps' servlets and caches start on first
        // use
        Measures warmUp = new Measures();
        WebAppSession warming = WebAppSession.logIn(port, officer(users), PASSWORD);
        for (int i = 0; i < 4; i++) {
            work(warming, officer(users), filter, warmUp);
        }
        // the same loop by one user alone: what each request costs without company
        Measures alone = run(1, Math.max(10, seconds / 10), filter, users);
        Measures load = run(users, seconds, filter, 0);

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
                String.format(Locale.ROOT,
                        "Load: %d agency users × %d s in Tasklist's REST (list, open"
                                + " form, claim, complete; think time %d ms), one node",
                        users, seconds, thinkMillis),
                String.format(Locale.ROOT,
                        "%d requests, %.0f/s, %.1f steps done/s; %d errors (%.2f %%); p50 %d ms, p95 %d ms",
                        load.requests(), load.perSecond(), load.stepsPerSecond(), load.errors(), load.errorRate(),
                        load.percentile(null, 50), load.percentile(null, 95)),
                String.format(Locale.ROOT, "1 user alone: %.0f/s, p50 %d ms, p95 %d ms", alone.perSecond(),
                        alone.percentile(null, 50), alone.percentile(null, 95)),
                String.format(Locale.ROOT, "p95 %.1f×",
                        (double) load.percentile(null, 95) / Math.max(1, alone.percentile(null, 95))),
                "0 errors, p95 < 300 ms",
                ScaleBenchmark.verdict(load.errors() == 0 && load.percentile(null, 95) < 300) });
        for (String kind : load.kinds()) {
            rows.add(new String[] { "Load, " + kind,
                    String.format(Locale.ROOT, "p50 %d ms, p95 %d ms, max %d ms; %d errors", load.percentile(kind, 50),
                            load.percentile(kind, 95), load.percentile(kind, 100), load.errorsOf(kind)),
                    String.format(Locale.ROOT, "p50 %d ms, p95 %d ms", alone.percentile(kind, 50),
                            alone.percentile(kind, 95)),
                    "", "", "" });
        }
        report(rows);
        if (load.idle() > 0) {
            log.warn("Users found no task {} times: the work ran out (BENCH_LOAD_TASKS={})", load.idle(), tasks);
        }
        assertThat(load.requests()).as("requests made").isPositive();
    }

    // --- the virtual users

    /**
     * {@code count} users, from the {@code first}-th agency on, each logged in with a
     * session of its own, working for {@code forSeconds}; the clock starts once every one
     * of them is logged in.
     */
    Measures run(int count, int forSeconds, String filter, int first) throws Exception {
        List<WebAppSession> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sessions.add(WebAppSession.logIn(port, officer(first + i), PASSWORD));
        }
        Measures measures = new Measures();
        ExecutorService pool = Executors.newFixedThreadPool(count);
        long end = System.nanoTime() + forSeconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String user = officer(first + i);
            WebAppSession session = sessions.get(i);
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    work(session, user, filter, measures);
                    think();
                }
                return null;
            }));
        }
        for (Future<?> user : running) {
            user.get();
        }
        pool.shutdown();
        measures.elapsed((System.nanoTime() - start) / 1e9);
        return measures;
    }

    /** One round of a person's work: the list, the first task's form, claim, complete. */
    void work(WebAppSession session, String user, String filter, Measures measures) {
        Http.Response list = measures.time("POST filter/{id}/list", 200,
                () -> session.send("POST", ENGINE + "/filter/" + filter + "/list?firstResult=0&maxResults=15",
                        LIST_BODY.getBytes(StandardCharsets.UTF_8), "application/json"));
        if (list == null) {
            return;
        }
        JsonNode first = firstTask(list);
        if (first == null) {
            measures.idle.increment();
            return;
        }
        String task = ENGINE + "/task/" + first.path("id").asText();
        measures.time("GET task/{id}/deployed-form", 200,
                () -> session.send("GET", task + "/deployed-form", null, null));
        measures.time("GET task/{id}/form-variables", 200,
                () -> session.send("GET", task + "/form-variables", null, null));
        if (measures.time("POST task/{id}/claim", 204, () -> session.send("POST", task + "/claim",
                ("{\"userId\":\"" + user + "\"}").getBytes(StandardCharsets.UTF_8), "application/json")) == null) {
            return;
        }
        byte[] form = json(Map.of("variables", variablesFor(first.path("taskDefinitionKey").asText())));
        if (measures.time("POST task/{id}/submit-form", 204,
                () -> session.send("POST", task + "/submit-form", form, "application/json")) != null) {
            measures.steps.increment();
        }
    }

    /** What a person types into each of the agency's forms. */
    static Map<String, Object> variablesFor(String step) {
        Map<String, Object> values = new HashMap<>();
        switch (step) {
            case "Task_AcknowledgeTask" -> values.put("acknowledgeNote", "Đã tiếp nhận, giao phòng chuyên môn");
            case "Task_DraftLocalPlan" -> values.put("draftSummary", "Dự thảo kế hoạch thực hiện của xã, năm 2026");
            case "Task_IssueLocalPlan" -> {
                values.put("documentNumber", "12/KH-UBND");
                values.put("issuedOn", LocalDate.now().toString());
                values.put("signer", "Chủ tịch UBND xã");
            }
            case "Task_CarryOutTask" -> values.put("resultSummary", "Đã hoàn thành nhiệm vụ theo kế hoạch của xã");
            default -> throw new IllegalStateException("No form values for step " + step);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return variables;
    }

    void think() throws InterruptedException {
        if (thinkMillis > 0) {
            Thread.sleep(thinkMillis);
        }
    }

    static JsonNode firstTask(Http.Response list) {
        JsonNode body = list.json();
        JsonNode tasks = body.isArray() ? body : body.path("_embedded").path("task");
        return tasks.isArray() && !tasks.isEmpty() ? tasks.get(0) : null;
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the world the load needs

    static String agencyCode(int i) {
        return String.format(Locale.ROOT, "load-%03d", i + 1);
    }

    static String officer(int i) {
        return "canbo." + agencyCode(i);
    }

    /**
     * The agencies (one per user and one more for the user alone), an officer in each,
     * and one plan giving each agency {@code tasks} assignments.
     */
    void createAgenciesAndWork() {
        Http admin = Http.as(port, "admin");
        List<String> leads = new ArrayList<>();
        for (int i = 0; i <= users; i++) {
            String code = agencyCode(i);
            Http.Response agency = admin.post("/api/agencies", Map.of("code", code, "name", "UBND xã Tải " + (i + 1),
                    "kind", "LOCAL_COMMITTEE", "validFrom", "2021-01-01"));
            assertThat(agency.status()).as(agency.body()).isIn(201, 409);
            Http.Response member = admin.post("/api/agencies/" + code + "/members",
                    Map.of("userId", officer(i), "firstName", "Lan", "lastName", "Phạm Thị", "email",
                            officer(i) + "@example.vn", "password", PASSWORD, "role", "OFFICER"));
            assertThat(member.status()).as(member.body()).isIn(201, 409);
            leads.add(code);
        }
        List<Map<String, Object>> planTasks = new ArrayList<>();
        for (int t = 1; t <= tasks; t++) {
            planTasks.add(Map.of("code", String.valueOf(t), "title", "Nhiệm vụ thử tải số " + t, "leadAgencies", leads,
                    "dueDate", LocalDate.now().plusDays(90).toString()));
        }
        String code = "LOAD-" + System.currentTimeMillis() + "/KH-UBND";
        long start = System.nanoTime();
        Http.Response plan = Http.as(port, COORDINATOR)
            .post("/api/plans", Map.of("code", code, "title", "Kế hoạch thử tải " + code, "issuingBody", "ubnd-tinh",
                    "issuedOn", LocalDate.now().toString(), "tasks", planTasks));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        log.info("{} assignments for the load rolled out in {} s", leads.size() * tasks,
                String.format(Locale.ROOT, "%.1f", ScaleBenchmark.seconds(start)));
    }

    static String filterId(WebAppSession session) {
        Http.Response filters = session.send("GET", ENGINE + "/filter?resourceType=Task", null, null);
        assertThat(filters.status()).as(filters.body()).isEqualTo(200);
        for (JsonNode filter : filters.json()) {
            if (AGENCY_FILTER.equals(filter.path("name").asText())) {
                return filter.path("id").asText();
            }
        }
        throw new AssertionError("No filter '" + AGENCY_FILTER + "' in " + filters.body());
    }

    // --- the table

    void report(List<String[]> rows) throws IOException {
        StringBuilder lines = new StringBuilder();
        rows.forEach(cells -> lines.append("| ").append(String.join(" | ", cells)).append(" |\n"));
        String file = System.getenv("BENCH_RESULT_FILE");
        if (file != null) {
            Path path = Path.of(file);
            Files.createDirectories(path.getParent());
            if (!Files.exists(path)) {
                // alone, without ScaleBenchmark's table before it
                Files.writeString(path, "# Benchmark " + System.getenv().getOrDefault("BENCH_TITLE", "") + "\n\n"
                        + "| Measure | Figure | Baseline (same run) | Ratio | Target | |\n|---|---|---|---|---|---|\n");
            }
            Files.writeString(path, lines, StandardOpenOption.APPEND);
        }
        log.warn("Load\n{}", lines);
    }

    /** Every request's latency and outcome, by kind. */
    static final class Measures {

        final Map<String, List<Long>> millis = new ConcurrentHashMap<>();

        final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

        final LongAdder steps = new LongAdder();

        final LongAdder idle = new LongAdder();

        final AtomicLong loggedErrors = new AtomicLong();

        double elapsedSeconds;

        /**
         * Sends one request and records it; an answer other than {@code expected} (or
         * none) is an error: null.
         */
        Http.Response time(String kind, int expected, Supplier<Http.Response> request) {
            long start = System.nanoTime();
            Http.Response response;
            try {
                response = request.get();
            }
            catch (RuntimeException e) {
                response = new Http.Response(-1, String.valueOf(e), "");
            }
            long took = (System.nanoTime() - start) / 1_000_000;
            millis.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(took);
            if (response.status() != expected) {
                errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
                if (loggedErrors.incrementAndGet() <= 20) {
                    log.warn("{} answered {}", kind, response);
                }
                return null;
            }
            return response;
        }

        void elapsed(double seconds) {
            elapsedSeconds = seconds;
        }

        List<String> kinds() {
            return millis.keySet().stream().sorted().toList();
        }

        List<Long> all(String kind) {
            List<Long> values = new ArrayList<>();
            millis.forEach((k, list) -> {
                if (kind == null || kind.equals(k)) {
                    synchronized (list) {
                        values.addAll(list);
                    }
                }
            });
            Collections.sort(values);
            return values;
        }

        long percentile(String kind, int percent) {
            List<Long> values = all(kind);
            if (values.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(values.size() * percent / 100.0) - 1;
            return values.get(Math.max(0, Math.min(values.size() - 1, index)));
        }

        long requests() {
            return all(null).size();
        }

        long errors() {
            return errors.values().stream().mapToLong(LongAdder::sum).sum();
        }

        long errorsOf(String kind) {
            LongAdder count = errors.get(kind);
            return count == null ? 0 : count.sum();
        }

        double errorRate() {
            return requests() == 0 ? 0 : 100.0 * errors() / requests();
        }

        double perSecond() {
            return requests() / elapsedSeconds;
        }

        double stepsPerSecond() {
            return steps.sum() / elapsedSeconds;
        }

        long idle() {
            return idle.sum();
        }

    }

}
