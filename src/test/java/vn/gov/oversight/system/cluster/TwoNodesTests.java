package vn.gov.oversight.system.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.gov.oversight.support.ApplicationNode;
import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.PageSession;
import vn.gov.oversight.support.TestPostgres;
import vn.gov.oversight.support.WebAppSession;

/**
 * Camunda's homogeneous cluster: two application processes on one PostgreSQL database.
 * 1,000 waiting steps go overdue together; one node is killed with {@code kill -9} in the
 * middle of the sweep. Exactly 1,000 escalations must exist afterwards (none lost, none
 * twice), in our tables and Camunda's, and the survivor must have done the dead node's
 * share (the jobs it had locked) within a minute of the kill: the job lock time and
 * acquisition of application.yaml are what make that true. People logged in on the dead
 * node (the oversight pages and Camunda's web apps) keep working on the survivor: their
 * sessions are in the database.
 */
@Tag("cluster")
class TwoNodesTests {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesTests.class);
    static final int AGENCIES = 100;
    static final int TASKS = 10;
    static final int STEPS = AGENCIES * TASKS;

    final List<ApplicationNode> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(ApplicationNode::close);
    }

    @Test
    void aNodeKilledInTheMiddleOfTheSweepLosesNoEscalationAndNoLogin() {
        NodeDatabase db = new NodeDatabase(TestPostgres.newDatabase("two_nodes"));
        // one after the other: the first creates the schema (Flyway, Camunda) and the
        // demo directory
        ApplicationNode doomed = start("node-a", db);
        ApplicationNode survivor = start("node-b", db);
        String doomedOwner = doomed.lockOwner();
        assertThat(doomedOwner).isNotBlank().isNotEqualTo(survivor.lockOwner());

        // logged in on the node that will die: the pages' form login and the web apps'
        // own login
        PageSession pages = PageSession.logIn(doomed.port(), NodeDatabase.COORDINATOR);
        String landing = landingPage(pages);
        String logoutToken = pages.csrf(landing);
        WebAppSession tasklist = WebAppSession.logIn(doomed.port(), NodeDatabase.COORDINATOR, "demo");
        assertThat(tasklist.send("GET", "/engine/engine/default/task/count", null, null).status()).isEqualTo(200);

        // 1,000 acknowledgement steps, all overdue (ladder of seconds) as soon as the
        // roll-out commits
        List<String> agencies = NodeDatabase.createAgencies(doomed, "cum", AGENCIES);
        Http.Response rolledOut = Http.as(doomed.port(), NodeDatabase.COORDINATOR)
            .post("/api/plans", NodeDatabase.plan("CUM-1", TASKS, agencies));
        // 201 once rolled out within the answer's patience, else 202 while its batches
        // (jobs) go on
        assertThat(rolledOut.status()).as(rolledOut.body()).isIn(201, 202);
        await("the roll-out").atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> db.count("select count(*) from assignment where plan_code = 'CUM-1'") >= STEPS);
        assertThat(db.count("select count(*) from assignment where plan_code = 'CUM-1'")).isEqualTo(STEPS);

        // kill -9 in the middle of the sweep, while the doomed node holds locked jobs
        List<String> lockedAtKill = new ArrayList<>();
        await("the middle of the sweep").atMost(Duration.ofMinutes(5))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> {
                long escalated = escalations(db);
                assertThat(escalated).as("the sweep ended before the node could be killed")
                    .isLessThan(STEPS * 85 / 100);
                long locked = db.count(
                        "select count(*) from act_ru_job where lock_owner_ = ?" + " and lock_exp_time_ > now()",
                        doomedOwner);
                if (escalated < STEPS * 15 / 100 || locked == 0) {
                    return false;
                }
                doomed.kill();
                db.rows("select id_ from act_ru_job where lock_owner_ = ?", doomedOwner)
                    .forEach(row -> lockedAtKill.add((String) row.get("id_")));
                return true;
            });
        long killedAt = System.nanoTime();
        long escalatedAtKill = escalations(db);
        log.info("Node A killed with {} of {} escalations recorded and {} jobs locked by it", escalatedAtKill, STEPS,
                lockedAtKill.size());
        assertThat(doomed.isAlive()).isFalse();
        assertThat(lockedAtKill).isNotEmpty();

        // the people logged in there keep working on the survivor, without logging in
        // again
        PageSession pagesOnSurvivor = pages.at(survivor.port());
        assertThat(pagesOnSurvivor.get(landing).status()).isEqualTo(200);
        WebAppSession tasklistOnSurvivor = tasklist.at(survivor.port());
        Http.Response user = tasklistOnSurvivor.send("GET", "/admin/auth/user/default", null, null);
        assertThat(user.status()).as(user.body()).isEqualTo(200);
        assertThat(user.body()).contains(NodeDatabase.COORDINATOR);
        assertThat(tasklistOnSurvivor.send("GET", "/engine/engine/default/task/count", null, null).status())
            .isEqualTo(200);

        // the survivor has done the dead node's share (the jobs it had locked: a done
        // timer job is deleted)
        // within a minute, once their lock ran out
        await("the survivor doing the dead node's share").atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(250))
            .until(() -> db.count("select count(*) from act_ru_job" + " where id_ = any (?)",
                    (Object) lockedAtKill.toArray(String[]::new)) == 0);
        log.info("The survivor did the dead node's share {} s after the kill",
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - killedAt) / 1e9));
        // and the rest of the sweep on its own (bounded generously: a loaded 2-core
        // machine does ~10 steps a second)
        await("the survivor finishing the sweep").atMost(Duration.ofMinutes(8))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> escalations(db) >= STEPS && reviews(db) >= STEPS);
        log.info("The survivor finished the sweep {} s after the kill",
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - killedAt) / 1e9));

        // exactly once: in our tables and in Camunda's
        assertThat(escalations(db)).isEqualTo(STEPS);
        assertThat(db.count("select count(distinct subject_id) from escalation where plan_code = 'CUM-1'"))
            .isEqualTo(STEPS);
        assertThat(db.count("select count(*) from ladder_rung where rung = 'ESCALATION'")).isEqualTo(STEPS);
        assertThat(db.count("select count(*) from ladder_rung")).isEqualTo(3L * STEPS);
        assertThat(reviews(db)).isEqualTo(STEPS);
        assertThat(db.count("select count(distinct business_key_) from act_hi_procinst"
                + " where proc_def_key_ = 'escalationReview'"))
            .isEqualTo(STEPS);
        assertThat(db.count("select count(*) from act_ru_incident")).isZero();

        // and a form posted on the survivor with the token the dead node gave out is
        // accepted: logging out
        PageSession.Page loggedOut = pagesOnSurvivor.post("/logout", Map.of("_csrf", logoutToken));
        assertThat(loggedOut.status()).isEqualTo(302);
        assertThat(loggedOut.location()).contains("/login?logout");
        assertThat(pagesOnSurvivor.get(landing).status()).isEqualTo(302);
    }

    private ApplicationNode start(String name, NodeDatabase db) {
        ApplicationNode node = ApplicationNode.start(name, db.url(), NodeDatabase.LADDER_OF_SECONDS);
        nodes.add(node);
        return node.awaitUp();
    }

    /**
     * The page a logged-in coordinator lands on (the home page sends each role to its
     * own).
     */
    static String landingPage(PageSession pages) {
        String path = "/oversight/home";
        for (int hop = 0; hop < 3; hop++) {
            PageSession.Page page = pages.get(path);
            if (page.status() == 200) {
                return path;
            }
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).doesNotContain("/login");
            path = URI.create(page.location()).getPath();
        }
        throw new AssertionError("No landing page after " + path);
    }

    static long escalations(NodeDatabase db) {
        return db.count("select count(*) from escalation where plan_code = 'CUM-1'");
    }

    static long reviews(NodeDatabase db) {
        return db.count("select count(*) from act_hi_procinst where proc_def_key_ = 'escalationReview'");
    }

}
