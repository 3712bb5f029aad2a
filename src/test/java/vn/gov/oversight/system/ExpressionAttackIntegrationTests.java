package vn.gov.oversight.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;
import vn.gov.oversight.support.WebAppSession;

/**
 * The expression catalogue, sent as an ordinary agency officer would: every
 * expression-taking field of a task query, top level and in or-queries, on both REST
 * surfaces, through stored filters (saved, changed, listed, counted, extended), in every
 * encoding Camunda's REST layer reads (UTF-8, -16, -32, with and without a byte-order
 * mark, with {@code \u0024{} escapes). The payload would create a marker file on the
 * server; the control test proves it does when evaluated, every attack must leave no
 * marker behind.
 */
@IntegrationTest
class ExpressionAttackIntegrationTests {

    static final String OFFICER = "canbo.ubnd-yen-mo";

    /** Every field of the REST task query that Camunda evaluates as an expression. */
    static final List<String> EXPRESSION_FIELDS = List.of("assigneeExpression", "assigneeLikeExpression",
            "ownerExpression", "candidateGroupExpression", "candidateGroupsExpression", "candidateUserExpression",
            "involvedUserExpression", "processInstanceBusinessKeyExpression",
            "processInstanceBusinessKeyLikeExpression", "dueDateExpression", "dueBeforeExpression",
            "dueAfterExpression", "followUpDateExpression", "followUpBeforeExpression",
            "followUpBeforeOrNotExistentExpression", "followUpAfterExpression", "createdOnExpression",
            "createdBeforeExpression", "createdAfterExpression", "updatedAfterExpression");

    static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE, Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"));

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    Path marker;

    @BeforeEach
    void marker() throws Exception {
        marker = Files.createTempDirectory("oversight-attack").resolve("ran-" + UUID.randomUUID());
    }

    @AfterEach
    void noMarker() throws Exception {
        Files.deleteIfExists(marker);
    }

    /** Runs {@code touch marker} on the server when evaluated. */
    String payload() {
        return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch " + marker
                + "')}";
    }

    /** The same, written the way a JSON string may escape it. */
    String escapedPayload() {
        return payload().replace("$", "\\u0024").replace("{", "\\u007b");
    }

    @Test
    void controlThePayloadRunsWhenEvaluated() throws Exception {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
            .getProcessEngineConfiguration();
        Object process = configuration.getCommandExecutorTxRequired()
            .execute(context -> configuration.getExpressionManager().createExpression(payload()).getValue(null));
        ((Process) process).waitFor();

        assertThat(marker).exists();
    }

    @Test
    void everyExpressionFieldIsRefusedOnTheRestApiInEveryEncoding() {
        Http officer = Http.as(port, OFFICER);
        List<String> accepted = new ArrayList<>();
        for (String field : EXPRESSION_FIELDS) {
            String topLevel = "{\"" + field + "\":\"" + escapedPayload() + "\"}";
            String inOr = "{\"orQueries\":[{\"" + field + "\":\"" + escapedPayload() + "\"}]}";
            String plain = "{\"orQueries\":[{\"" + field + "\":\"" + payload().replace("'", "\\u0027") + "\"}]}";
            for (String path : List.of("/engine-rest/task", "/engine-rest/task/count")) {
                for (String json : List.of(topLevel, inOr, plain)) {
                    for (Charset charset : ENCODINGS) {
                        for (boolean bom : List.of(false, true)) {
                            Http.Response response = officer.raw("POST", path, encode(json, charset, bom),
                                    "application/json");
                            if (response.status() < 400 || response.status() >= 500) {
                                accepted
                                    .add(path + " " + field + " " + charset + (bom ? "+BOM" : "") + " -> " + response);
                            }
                        }
                    }
                }
            }
            Http.Response get = officer
                .get("/engine-rest/task?" + field + "=" + URLEncoder.encode(payload(), StandardCharsets.UTF_8));
            if (get.status() != 400) {
                accepted.add("GET " + field + " -> " + get);
            }
        }

        assertThat(accepted).isEmpty();
        assertThat(marker).doesNotExist();
    }

    @Test
    void expressionsAreRefusedOnTheWebAppsApi() {
        WebAppSession session = WebAppSession.logIn(port, OFFICER, "demo");
        List<String> accepted = new ArrayList<>();
        for (String field : EXPRESSION_FIELDS) {
            String inOr = "{\"orQueries\":[{\"" + field + "\":\"" + escapedPayload() + "\"}]}";
            for (Charset charset : ENCODINGS) {
                Http.Response response = session.send("POST", "/engine/engine/default/task",
                        encode(inOr, charset, true), "application/json");
                if (response.status() != 400) {
                    accepted.add(field + " " + charset + " -> " + response);
                }
            }
        }
        Http.Response filter = session.send("POST", "/engine/engine/default/filter/create",
                encode(filterJson("{\"orQueries\":[{\"assigneeExpression\":\"" + escapedPayload() + "\"}]}"),
                        StandardCharsets.UTF_16LE, true),
                "application/json");

        assertThat(accepted).isEmpty();
        assertThat(filter.status()).isEqualTo(400);
        assertThat(session.postJson("/engine/engine/default/task/count", "{\"orQueries\":[{\"assignee\":\"x\"}]}")
            .status()).isEqualTo(200);
        assertThat(marker).doesNotExist();
    }

    @Test
    void storedFiltersRefuseTheCatalogueWhenSavedChangedOrExtended() {
        Http officer = Http.as(port, OFFICER);
        Http.Response harmless = officer.post("/engine-rest/filter/create", filterJson(
                "{\"assigneeExpression\":\"${currentUser()}\",\"dueBeforeExpression\":\"${dateTime().plusDays(3).toDate()}\"}"));
        assertThat(harmless.status()).as(harmless.body()).isEqualTo(200);
        String id = harmless.json().path("id").asText();
        List<String> accepted = new ArrayList<>();
        for (String field : EXPRESSION_FIELDS) {
            String evil = "{\"orQueries\":[{\"" + field + "\":\"" + escapedPayload() + "\"}]}";
            for (Charset charset : ENCODINGS) {
                byte[] body = encode(filterJson(evil), charset, true);
                collect(accepted, "create " + field,
                        officer.raw("POST", "/engine-rest/filter/create", body, "application/json"));
                collect(accepted, "update " + field,
                        officer.raw("PUT", "/engine-rest/filter/" + id, body, "application/json"));
                for (String action : List.of("list", "count", "singleResult")) {
                    collect(accepted, action + " " + field,
                            officer.raw("POST", "/engine-rest/filter/" + id + "/" + action, encode(evil, charset, true),
                                    "application/json"));
                }
            }
        }

        assertThat(accepted).isEmpty();
        assertThat(officer.post("/engine-rest/filter/" + id + "/list", "{}").status()).isEqualTo(200);
        assertThat(marker).doesNotExist();
    }

    @Test
    void aFilterStoredBehindTheApplicationsBackIsNotRunEither() {
        // a filter that reached the database some other way (an older version, a restore,
        // direct SQL)
        Http officer = Http.as(port, OFFICER);
        String id = officer.post("/engine-rest/filter/create", filterJson("{\"assignee\":\"x\"}"))
            .json()
            .path("id")
            .asText();
        jdbc.update("update act_ru_filter set query_ = ? where id_ = ?",
                "{\"orQueries\":[{\"assigneeExpression\":\"" + payload().replace("'", "\\u0027") + "\"}]}", id);

        Http.Response list = officer.post("/engine-rest/filter/" + id + "/list", "{}");
        Http.Response count = officer.get("/engine-rest/filter/" + id + "/count");

        assertThat(list.status()).isEqualTo(400);
        assertThat(count.status()).isEqualTo(400);
        assertThat(marker).doesNotExist();
    }

    @Test
    void theEngineRefusesWhateverTheTransport() {
        // the Java API, as a plug-in or a script of an administrator's would call it, as
        // a logged-in officer
        engine.getIdentityService().setAuthentication(OFFICER, List.of("ubnd-yen-mo"));
        try {
            assertThatThrownBy(() -> engine.getTaskService()
                .createTaskQuery()
                .or()
                .taskAssigneeExpression(payload())
                .endOr()
                .list()).isInstanceOf(BadUserRequestException.class);
            assertThatThrownBy(
                    () -> engine.getTaskService().createTaskQuery().taskCandidateGroupExpression(payload()).count())
                .isInstanceOf(BadUserRequestException.class);
            Filter filter = engine.getFilterService()
                .newTaskFilter("x")
                .setOwner(OFFICER)
                .setQuery(engine.getTaskService().createTaskQuery().or().dueDateExpression(payload()).endOr());
            assertThatThrownBy(() -> engine.getFilterService().saveFilter(filter))
                .isInstanceOf(BadUserRequestException.class);
            Filter harmless = engine.getFilterService()
                .saveFilter(engine.getFilterService()
                    .newTaskFilter("y")
                    .setOwner(OFFICER)
                    .setQuery(engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}")));
            assertThat(engine.getFilterService().count(harmless.getId())).isNotNull();
            assertThatThrownBy(() -> engine.getFilterService()
                .list(harmless.getId(),
                        engine.getTaskService().createTaskQuery().or().followUpAfterExpression(payload()).endOr()))
                .isInstanceOf(BadUserRequestException.class);
            assertThat(harmless.getQuery() != null).isTrue();
        }
        finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(marker).doesNotExist();
    }

    private static void collect(List<String> accepted, String what, Http.Response response) {
        if (response.status() != 400) {
            accepted.add(what + " -> " + response);
        }
    }

    private static String filterJson(String query) {
        return "{\"resourceType\":\"Task\",\"name\":\"Bộ lọc riêng\",\"owner\":\"" + OFFICER + "\",\"query\":" + query
                + "}";
    }

    private static byte[] encode(String json, Charset charset, boolean byteOrderMark) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (byteOrderMark) {
            bytes.writeBytes("\uFEFF".getBytes(charset));
        }
        bytes.writeBytes(json.getBytes(charset));
        return bytes.toByteArray();
    }

}
