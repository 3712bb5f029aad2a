package vn.gov.oversight.system.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.oversight.support.ApplicationNode;
import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.PageSession;
import vn.gov.oversight.support.TestPostgres;

/**
 * PostgreSQL stopped for about 20 s under a running node, in the middle of an overdue
 * sweep and of a roll-out, then started again: while it is gone, health answers DOWN and
 * people get "try again shortly" (503 with Retry-After, in Vietnamese: a problem on the
 * API, a page on the pages) within a few seconds; afterwards the node works again by
 * itself, every escalation due across the outage arrives exactly once, no job is lost and
 * the roll-out cut off by the outage finishes by itself (its batches are jobs), each
 * assignment once with its process, nothing half-written. The server is one of the test's
 * own, never the suite's.
 */
@Tag("cluster")
class DatabaseRestartTests {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRestartTests.class);

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int AGENCIES = 40;
    static final int TASKS = 5;
    static final int STEPS = AGENCIES * TASKS;

    /**
     * How long an answer may take while the database is gone: "a few seconds", not the
     * pool's old 30.
     */
    static final Duration QUICK = Duration.ofSeconds(6);
    static final Duration OUTAGE = Duration.ofSeconds(20);

    /** The steering committee's reviews of the first plan's escalations. */
    static final String REVIEWS_OF_HOI_1 = "select count(*) from act_hi_procinst p join escalation x"
            + " on x.review_process_instance_id = p.id_ where p.proc_def_key_ = 'escalationReview'"
            + " and x.plan_code = 'HOI-1'";

    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestPostgres.Server server;

    ApplicationNode node;

    long stoppedAt;

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theApplicationRecoversByItselfFromARestartOfItsDatabase() throws Exception {
        server = TestPostgres.startServer();
        NodeDatabase db = new NodeDatabase(server.connection().url());
        // health as in production: the status alone
        Map<String, String> properties = new HashMap<>(NodeDatabase.LADDER_OF_SECONDS);
        properties.put("management.endpoint.health.show-details", "never");
        node = ApplicationNode.start("database-restart", db.url(), properties).awaitUp();
        PageSession pages = PageSession.logIn(node.port(), NodeDatabase.COORDINATOR);
        String landing = TwoNodesTests.landingPage(pages);
        List<String> agencies = NodeDatabase.createAgencies(node, "hoi", AGENCIES);

        // 200 steps overdue at once: their sweep runs into the outage
        Http coordinator = Http.as(node.port(), NodeDatabase.COORDINATOR);
        Http.Response first = coordinator.post("/api/plans", NodeDatabase.plan("HOI-1", TASKS, agencies));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        // and a second roll-out, still writing when the database goes
        CompletableFuture<Answer> cutOff = CompletableFuture
            .supplyAsync(() -> send(post("/api/plans", NodeDatabase.plan("HOI-2", TASKS, agencies))));
        // (the plan and its tasks are saved first, its assignments then started by
        // batches: jobs)
        await("the second roll-out under way").atMost(Duration.ofMinutes(1))
            .pollInterval(Duration.ofMillis(20))
            .until(() -> db.count("select count(*) from plan where code = 'HOI-2'") > 0);
        long escalatedBefore = escalations(db, "HOI-1");
        stoppedAt = System.nanoTime();
        server.stop();
        log.info("PostgreSQL stopped with {} of {} escalations of HOI-1 recorded", escalatedBefore, STEPS);
        assertThat(escalatedBefore).as("the sweep must run into the outage").isLessThan(STEPS);

        // the roll-out cut off is refused as "try again shortly"
        Answer refused = cutOff.get(2, TimeUnit.MINUTES);
        assertTryAgainShortly(refused, "application/problem+json");
        assertThat(Duration.ofNanos(refused.answeredAt() - stoppedAt)).as("answered within a few seconds of the stop")
            .isLessThan(QUICK);

        // health: DOWN within a few seconds, every answer quick
        await("health DOWN").atMost(QUICK.plusSeconds(4))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> health().status() == 503);
        log.info("Health answered DOWN {} s after the stop", seconds(stoppedAt));
        // people: the API, the pages and the login get "try again shortly", quickly
        Answer api = send(get("/api/plans").header("Authorization", basic(NodeDatabase.COORDINATOR, "demo")));
        assertTryAgainShortly(api, "application/problem+json");
        JsonNode problem = JSON.readTree(api.body());
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("title").asText()).isEqualTo("Hệ thống tạm thời gián đoạn");
        assertThat(problem.path("detail").asText()).contains("thử lại");
        PageSession.Page page = pages.get(landing);
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("<html lang=\"vi\"").contains("Xin thử lại sau ít phút");
        Answer login = send(get("/camunda/api/admin/auth/user/default/login/tasklist")
            .POST(HttpRequest.BodyPublishers.ofString("username=" + NodeDatabase.COORDINATOR + "&password=demo"))
            .header("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(login.status()).as(login.body()).isIn(403, 503); // the web apps' CSRF
                                                                    // filter may refuse
                                                                    // first
        // and so it stays, every answer quick, for the whole outage
        await("the outage").atMost(OUTAGE.plusSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Answer health = health();
            assertThat(health.status()).as(health.body()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
            return System.nanoTime() - stoppedAt >= OUTAGE.toNanos();
        });

        server.start();
        long startedAt = System.nanoTime();
        await("the node UP again by itself").atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> health().status() == 200);
        log.info("Health UP {} s after PostgreSQL started again", seconds(startedAt));

        // every escalation due across the outage arrives, exactly once, no job lost
        await("the sweep finished").atMost(Duration.ofMinutes(5))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> escalations(db, "HOI-1") >= STEPS && db.count(REVIEWS_OF_HOI_1) >= STEPS);
        log.info("The sweep of HOI-1 finished {} s after PostgreSQL started again", seconds(startedAt));
        assertThat(escalations(db, "HOI-1")).isEqualTo(STEPS);
        assertThat(db.count("select count(distinct subject_id) from escalation where plan_code = 'HOI-1'"))
            .isEqualTo(STEPS);
        assertThat(db.count(REVIEWS_OF_HOI_1)).isEqualTo(STEPS);
        assertThat(db.count("select count(*) from ladder_rung r join assignment a on a.id = r.subject_id"
                + " where a.plan_code = 'HOI-1'"))
            .isEqualTo(3L * STEPS);
        assertThat(db.count("select count(*) from act_ru_incident")).isZero();

        // the roll-out cut off finished by itself: each assignment once, each with its
        // process,
        // and no process instance without its assignment
        await("the roll-out cut off finished").atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> db.count("select count(*) from assignment where plan_code = 'HOI-2'") >= STEPS);
        assertThat(db.count("select count(distinct business_key) from assignment a join act_ru_execution e"
                + " on e.id_ = a.process_instance_id where a.plan_code = 'HOI-2'"))
            .isEqualTo(STEPS);
        assertThat(db.count("select count(*) from assignment where plan_code = 'HOI-2'")).isEqualTo(STEPS);
        assertThat(db.count("select count(*) from act_ru_job where handler_type_ = 'oversight-plan-roll-out'"))
            .isZero();
        assertThat(db.count("select count(*) from act_ru_incident")).isZero();
        assertThat(db.count("select count(*) from act_ru_execution e where e.parent_id_ is null"
                + " and not exists (select 1 from assignment a where a.process_instance_id = e.id_)"
                + " and not exists (select 1 from escalation x where x.review_process_instance_id = e.id_)"))
            .isZero();

        // and work goes on: another roll-out, the page session still open
        Http.Response again = coordinator.post("/api/plans", NodeDatabase.plan("HOI-3", TASKS, agencies));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(db.count("select count(*) from assignment a join act_ru_execution e"
                + " on e.id_ = a.process_instance_id where a.plan_code = 'HOI-3'"))
            .isEqualTo(STEPS);
        assertThat(pages.get(landing).status()).isEqualTo(200);
    }

    private void assertTryAgainShortly(Answer answer, String contentType) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        assertThat(answer.retryAfter()).isEqualTo("30");
        assertThat(answer.contentType()).startsWith(contentType);
        assertThat(Duration.ofNanos(answer.answeredAt() - Math.max(answer.sentAt(), stoppedAt)))
            .as("answered within a few seconds")
            .isLessThan(QUICK);
        assertThat(answer.body()).contains("thử lại")
            .doesNotContainIgnoringCase("sql")
            .doesNotContain("org.", "java.", "Exception", "HikariPool", "postgres");
    }

    /** An answer, with when it was asked and when it came ({@link System#nanoTime()}). */
    record Answer(int status, String body, String contentType, String retryAfter, long sentAt, long answeredAt) {
    }

    private Answer health() {
        return send(get("/actuator/health"));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path))
            .timeout(Duration.ofSeconds(60));
    }

    private HttpRequest.Builder post(String path, Object json) {
        try {
            return get(path).header("Authorization", basic(NodeDatabase.COORDINATOR, "demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(json)));
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), start, System.nanoTime());
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static long escalations(NodeDatabase db, String plan) {
        return db.count("select count(*) from escalation where plan_code = ?", plan);
    }

    private static String seconds(long since) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
    }

}
