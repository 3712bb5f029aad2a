package vn.gov.oversight.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;

/**
 * What each user may see and do through Camunda's REST API and web apps, with the
 * test-only model {@code agencyTaskSmoke} (one task for the agency named by
 * {@code agencyCode}).
 */
@IntegrationTest
class SecurityIntegrationTests {

    static final String HEALTH = "thutruong.so-y-te";
    static final String YEN_MO = "canbo.ubnd-yen-mo";
    static final String COORDINATOR = "canbo.so-ldtbxh";

    @LocalServerPort
    int port;

    String healthInstance;

    String yenMoInstance;

    @BeforeEach
    void startOneTaskPerAgency() {
        healthInstance = start("so-y-te");
        yenMoInstance = start("ubnd-yen-mo");
    }

    String start(String agency) {
        Http.Response started = Http.as(port, "admin")
            .post("/engine-rest/process-definition/key/agencyTaskSmoke/start",
                    Map.of("businessKey", agency + "/" + UUID.randomUUID(), "variables",
                            Map.of("agencyCode", Map.of("value", agency, "type", "String"))));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        return started.json().path("id").asText();
    }

    String taskOf(String processInstanceId) {
        return Http.as(port, "admin")
            .get("/engine-rest/task?processInstanceId=" + processInstanceId)
            .json()
            .get(0)
            .path("id")
            .asText();
    }

    @Test
    void agencyMembersSeeOnlyTheirAgencysTasksAndInstances() {
        Http health = Http.as(port, HEALTH);

        JsonNode own = health.get("/engine-rest/task?processInstanceId=" + healthInstance).json();
        JsonNode other = health.get("/engine-rest/task?processInstanceId=" + yenMoInstance).json();
        JsonNode all = health.get("/engine-rest/task?processDefinitionKey=agencyTaskSmoke").json();

        assertThat(own).hasSize(1);
        assertThat(own.get(0).path("name").asText()).isEqualTo("Xử lý việc được giao");
        assertThat(other).isEmpty();
        assertThat(all)
            .allSatisfy(task -> assertThat(task.path("processInstanceId").asText()).isNotEqualTo(yenMoInstance));
        assertThat(health.get("/engine-rest/process-instance/" + healthInstance).status()).isEqualTo(200);
        assertThat(health.get("/engine-rest/process-instance/" + yenMoInstance).status()).isIn(403, 404);
    }

    @Test
    void anotherAgencysTaskCannotBeClaimedOrCompleted() {
        String yenMoTask = taskOf(yenMoInstance);
        Http health = Http.as(port, HEALTH);

        Http.Response claim = health.post("/engine-rest/task/" + yenMoTask + "/claim", Map.of("userId", HEALTH));
        Http.Response complete = health.post("/engine-rest/task/" + yenMoTask + "/complete", Map.of());

        assertThat(claim.status()).isEqualTo(403);
        assertThat(complete.status()).isEqualTo(403);
        assertThat(Http.as(port, YEN_MO).get("/engine-rest/task/" + yenMoTask).json().path("assignee").isNull())
            .isTrue();
    }

    @Test
    void theAgencyClaimsAndCompletesItsTaskThroughItsForm() {
        String task = taskOf(healthInstance);
        Http health = Http.as(port, HEALTH);

        Http.Response form = health.get("/engine-rest/task/" + task + "/deployed-form");
        Http.Response claim = health.post("/engine-rest/task/" + task + "/claim", Map.of("userId", HEALTH));
        Http.Response submit = health.post("/engine-rest/task/" + task + "/submit-form",
                Map.of("variables", Map.of("resultNote", Map.of("value", "Đã ban hành kế hoạch", "type", "String"))));

        assertThat(form.status()).as(form.body()).isEqualTo(200);
        assertThat(form.json().path("id").asText()).isEqualTo("agencyTaskSmoke");
        assertThat(form.body()).contains("Kết quả xử lý");
        assertThat(claim.status()).isEqualTo(204);
        assertThat(submit.status()).as(submit.body()).isEqualTo(204);
        assertThat(Http.as(port, "admin")
            .get("/engine-rest/history/process-instance/" + healthInstance)
            .json()
            .path("state")
            .asText()).isEqualTo("COMPLETED");
    }

    @Test
    void theCoordinatorReadsEveryAgencysWork() {
        Http coordinator = Http.as(port, COORDINATOR);

        assertThat(coordinator.get("/engine-rest/task?processInstanceId=" + healthInstance).json()).hasSize(1);
        assertThat(coordinator.get("/engine-rest/task?processInstanceId=" + yenMoInstance).json()).hasSize(1);
        assertThat(coordinator.get("/engine-rest/process-instance/" + yenMoInstance).status()).isEqualTo(200);
    }

    @Test
    void onlyAdministratorsDeploy() {
        String boundary = "----oversight" + UUID.randomUUID();
        String model = org.camunda.bpm.model.bpmn.Bpmn
            .convertToString(org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("sneaky")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .endEvent()
                .done());
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nx\r\n"
                + "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"sneaky.bpmn\"; filename=\"sneaky.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest
            .newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
            .header("Authorization", basic(COORDINATOR))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();

        assertThat(send(HttpClient.newHttpClient(), request).statusCode()).isEqualTo(403);
    }

    @Test
    void expressionsInTaskQueriesAreRefusedOnTheRestApi() {
        Http health = Http.as(port, HEALTH);

        Http.Response plain = health.get("/engine-rest/task?assigneeExpression="
                + URLEncoder.encode("${currentUser()}", StandardCharsets.UTF_8));
        Http.Response inOr = health.post("/engine-rest/task",
                Map.of("orQueries", List.of(Map.of("assigneeExpression", "${''.getClass()}"))));
        Http.Response escaped = health.post("/engine-rest/task/count",
                "{\"orQueries\":[{\"candidateGroupExpression\":\"\\u0024{1+1}\"}]}");
        Http.Response hash = health.post("/engine-rest/task", Map.of("assigneeExpression", "#{1+1}"));

        assertThat(plain.status()).isEqualTo(400);
        assertThat(plain.json().path("detail").asText()).contains("assigneeExpression");
        assertThat(inOr.status()).isEqualTo(400);
        assertThat(inOr.json().path("detail").asText()).contains("orQueries[0].assigneeExpression");
        assertThat(escaped.status()).isEqualTo(400);
        assertThat(hash.status()).isEqualTo(400);
        // the same queries without expressions are answered
        assertThat(health.post("/engine-rest/task", Map.of("orQueries", List.of(Map.of("assignee", HEALTH)))).status())
            .isEqualTo(200);
    }

    @Test
    void expressionsInTaskQueriesAreRefusedOnTheWebAppsApi() throws IOException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port + "/camunda";
        // a real Tasklist login: the CSRF cookie first, then the login form
        send(browser, HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")).GET().build());
        String csrf = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore()
            .getCookies()
            .stream()
            .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElseThrow();
        HttpResponse<String> login = send(browser,
                HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-XSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + HEALTH + "&password=demo"))
                    .build());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        // the web apps issue a new CSRF token with the new session, on its first read
        send(browser, HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/")).GET().build());
        String token = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore()
            .getCookies()
            .stream()
            .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
            .map(HttpCookie::getValue)
            .reduce((first, last) -> last)
            .orElse(csrf);

        HttpResponse<String> query = send(browser,
                HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default/task"))
                    .header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"orQueries\":[{\"assigneeExpression\":\"${1+1}\"}]}"))
                    .build());
        HttpResponse<String> plainQuery = send(browser,
                HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default/task/count"))
                    .header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"orQueries\":[{\"assignee\":\"x\"}]}"))
                    .build());

        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(plainQuery.statusCode()).as(plainQuery.body()).isEqualTo(200);
    }

    @Test
    void storedFiltersMayUseOnlyTheHarmlessBuiltIns() {
        Http health = Http.as(port, HEALTH);

        Http.Response mine = health.post("/engine-rest/filter/create",
                filter("Việc của tôi (riêng)", Map.of("assigneeExpression", "${currentUser()}", "dueBeforeExpression",
                        "${dateTime().plusDays(2).toDate()}")));
        Http.Response evil = health.post("/engine-rest/filter/create",
                filter("Độc hại", Map.of("assigneeExpression", "${execution.getProcessEngineServices()}")));
        Http.Response evilInOr = health.post("/engine-rest/filter/create", filter("Độc hại 2",
                Map.of("orQueries", List.of(Map.of("candidateGroupExpression", "${dateTime().getClass()}")))));

        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(evil.status()).isEqualTo(400);
        assertThat(evil.json().path("detail").asText()).contains("currentUser()");
        assertThat(evilInOr.status()).isEqualTo(400);
        // changing a stored filter is checked the same way
        String id = mine.json().path("id").asText();
        assertThat(
                health.put("/engine-rest/filter/" + id, filter("Sửa", Map.of("assigneeExpression", "${1+1}"))).status())
            .isEqualTo(400);
        // running a stored filter with an ad-hoc extension that carries an expression is
        // an ad-hoc query
        assertThat(health.post("/engine-rest/filter/" + id + "/list", Map.of("assigneeExpression", "${1+1}")).status())
            .isEqualTo(400);
        assertThat(health.post("/engine-rest/filter/" + id + "/list", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void onlyAdministratorsShareFilters() {
        Http health = Http.as(port, HEALTH);
        String id = health.post("/engine-rest/filter/create", filter("Chia sẻ?", Map.of())).json().path("id").asText();

        Http.Response share = health.post("/engine-rest/authorization/create", Map.of("type", 1, "permissions",
                List.of("READ"), "groupId", "so-tai-chinh", "resourceType", 5, "resourceId", id));
        Http.Response byAdmin = Http.as(port, "admin")
            .post("/engine-rest/authorization/create", Map.of("type", 1, "permissions", List.of("READ"), "groupId",
                    "so-tai-chinh", "resourceType", 5, "resourceId", id));

        assertThat(share.status()).isEqualTo(403);
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
    }

    @Test
    void sharedFiltersAreReadableByEveryone() {
        JsonNode filters = Http.as(port, YEN_MO).get("/engine-rest/filter").json();

        assertThat(filters.findValuesAsText("name")).contains("Việc của tôi", "Việc của cơ quan tôi");
    }

    private static Map<String, Object> filter(String name, Map<String, Object> query) {
        return Map.of("resourceType", "Task", "name", name, "owner", HEALTH, "query", query);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        return Http.exchange(client, request);
    }

}
