package vn.gov.oversight.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;

/**
 * Logins as an attacker tries them: guessing another person's password must not lock that
 * person out for good, a client address that keeps failing is stopped, new passwords
 * follow the policy on every channel, passwords are kept as bcrypt hashes and older
 * hashes are upgraded at the next login; and no error answer describes the server's
 * insides.
 */
@IntegrationTest
class LoginAttackIntegrationTests {

    /**
     * Each test speaks from its own loopback address, so that the per-address limit of
     * one is not another's.
     */
    static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(20);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void failedLoginsSlowAnAccountDownButNeverLockItForGood() throws Exception {
        String user = newOfficer("Mat-khau-rieng-2026");
        String from = nextAddress();
        for (int attempt = 0; attempt < 12; attempt++) {
            assertThat(get(from, "/api/agencies", user, "doan-thu-" + attempt)).startsWith("HTTP/1.1 401");
        }
        // right after a failure the account waits (Camunda's growing delay, capped at 2 s
        // in the tests)...
        assertThat(get(from, "/api/agencies", user, "Mat-khau-rieng-2026")).startsWith("HTTP/1.1 401");
        // ...but twelve failures did not lock it: once the delay is over the owner gets
        // in, on every channel
        await().pollDelay(Duration.ofSeconds(1))
            .pollInterval(Duration.ofSeconds(1))
            .atMost(Duration.ofSeconds(10))
            .until(() -> get(from, "/api/agencies", user, "Mat-khau-rieng-2026").startsWith("HTTP/1.1 200"));
        assertThat(get(from, "/engine-rest/task", user, "Mat-khau-rieng-2026")).startsWith("HTTP/1.1 200");
        assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = ? and lock_exp_time_ is not null "
                + "and lock_exp_time_ > current_timestamp + interval '1 minute'", Integer.class, user))
            .isZero();
    }

    @Test
    void anAddressThatKeepsFailingIsStoppedOnEveryChannelAndOthersAreNot() throws Exception {
        String attacker = nextAddress();
        for (int attempt = 0; attempt < 20; attempt++) {
            String path = attempt % 2 == 0 ? "/api/agencies" : "/engine-rest/task";
            assertThat(get(attacker, path, "khong-ton-tai-" + attempt, "x")).startsWith("HTTP/1.1 401");
        }

        String refused = get(attacker, "/api/agencies", "thutruong.so-y-te", "demo");
        String refusedRest = get(attacker, "/engine-rest/task", "thutruong.so-y-te", "demo");
        String refusedForm = post(attacker, "/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=thutruong.so-y-te&password=demo", null);

        assertThat(refused).startsWith("HTTP/1.1 429").contains("Retry-After", "Đăng nhập sai quá nhiều lần");
        assertThat(refusedRest).startsWith("HTTP/1.1 429");
        assertThat(refusedForm).startsWith("HTTP/1.1 429");
        // another address is not concerned, nor is a request that carries no password
        assertThat(get(nextAddress(), "/api/agencies", "thutruong.so-y-te", "demo")).startsWith("HTTP/1.1 200");
        assertThat(get(attacker, "/actuator/health", null, null)).startsWith("HTTP/1.1 200");
    }

    @Test
    void theOversightPagesLoginFormCountsItsFailuresLikeEveryOtherLogin() throws Exception {
        String attacker = nextAddress();
        for (int attempt = 0; attempt < 20; attempt++) {
            String answer = pageLogin(attacker, "khong-ton-tai-" + attempt, "x");
            assertThat(answer).startsWith("HTTP/1.1 302").contains("/login?error");
        }
        // the right password from that address is not even heard now, on the form or
        // elsewhere
        assertThat(pageLogin(attacker, "thutruong.so-y-te", "demo")).startsWith("HTTP/1.1 429");
        assertThat(get(attacker, "/api/agencies", "thutruong.so-y-te", "demo")).startsWith("HTTP/1.1 429");
        assertThat(pageLogin(nextAddress(), "thutruong.so-y-te", "demo")).startsWith("HTTP/1.1 302")
            .doesNotContain("/login?error");
    }

    /**
     * The pages' login form as a browser posts it from {@code from}: its session cookie
     * and CSRF token first.
     */
    private String pageLogin(String from, String user, String password) throws IOException {
        String form = get(from, "/login", null, null);
        Matcher cookie = Pattern.compile("Set-Cookie: (JSESSIONID=[^;]+)").matcher(form);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(cookie.find()).as(form).isTrue();
        assertThat(token.find()).isTrue();
        byte[] body = ("username=" + user + "&password=" + password + "&_csrf=" + token.group(1))
            .getBytes(StandardCharsets.UTF_8);
        return exchange(from, "POST /login HTTP/1.1\r\n" + headers(null, null) + "Cookie: " + cookie.group(1)
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n",
                body);
    }

    @Test
    void newPasswordsFollowThePolicyOnEveryChannel() {
        Http admin = Http.as(port, "admin");
        String agency = "so-y-te";
        String userId = "canbo.mk" + UUID.randomUUID().toString().substring(0, 6);
        Http.Response weakMember = admin.post("/api/agencies/" + agency + "/members", member(userId, "123456789"));
        Http.Response ownIdMember = admin.post("/api/agencies/" + agency + "/members",
                member(userId, userId + "-2026!"));
        assertThat(weakMember.status()).isEqualTo(400);
        assertThat(weakMember.body()).contains("password", "ít nhất 10 ký tự", "phổ biến");
        assertThat(ownIdMember.status()).isEqualTo(400);
        assertThat(ownIdMember.body()).contains("tên đăng nhập");

        String user = newOfficer("Mat-khau-rieng-2026");
        Http self = Http.as(port, user, "Mat-khau-rieng-2026");
        Http.Response common = self.put("/engine-rest/user/" + user + "/credentials",
                Map.of("password", "password123", "authenticatedUserPassword", "Mat-khau-rieng-2026"));
        Http.Response shortOne = self.put("/engine-rest/user/" + user + "/credentials",
                Map.of("password", "Ab1!", "authenticatedUserPassword", "Mat-khau-rieng-2026"));
        Http.Response good = self.put("/engine-rest/user/" + user + "/credentials",
                Map.of("password", "Song-Day-mua-lua-chin", "authenticatedUserPassword", "Mat-khau-rieng-2026"));

        assertThat(common.status()).isEqualTo(400);
        assertThat(common.json().path("message").asText()).contains("phổ biến");
        assertThat(shortOne.status()).isEqualTo(400);
        assertThat(good.status()).as(good.body()).isEqualTo(204);
        assertThat(Http.as(port, user, "Song-Day-mua-lua-chin").get("/api/agencies").status()).isEqualTo(200);
    }

    @Test
    void passwordsAreBcryptHashesAndOldHashesAreUpgradedAtTheNextLogin() throws Exception {
        String user = newOfficer("Mat-khau-rieng-2026");
        assertThat(hashOf(user)).startsWith("{BCRYPT}$2");
        // as an installation of the previous version stored it: Camunda's salted SHA-512
        String salt = jdbc.queryForObject("select salt_ from act_id_user where id_ = ?", String.class, user);
        byte[] digest = MessageDigest.getInstance("SHA-512")
            .digest(("Mat-khau-rieng-2026" + salt).getBytes(StandardCharsets.UTF_8));
        jdbc.update("update act_id_user set pwd_ = ? where id_ = ?",
                "{SHA-512}" + Base64.getEncoder().encodeToString(digest), user);

        assertThat(Http.as(port, user, "Mat-khau-rieng-2026").get("/api/agencies").status()).isEqualTo(200);
        assertThat(hashOf(user)).startsWith("{BCRYPT}$2");
        assertThat(Http.as(port, user, "Mat-khau-rieng-2026").get("/api/agencies").status()).isEqualTo(200);
    }

    @Test
    void errorAnswersDescribeTheProblemNotTheServer() {
        Http officer = Http.as(port, "canbo.ubnd-yen-mo");
        List<Http.Response> answers = List.of(officer.get("/engine-rest/task?dueAfter=not-a-date"),
                officer.get("/engine-rest/task?sortBy=nonsense&sortOrder=asc"),
                officer.post("/engine-rest/task",
                        Map.of("processVariables",
                                List.of(Map.of("name", "x", "operator", "like", "value", Map.of("nested", "object"))))),
                officer.post("/engine-rest/task", "{\"firstResult\": \"many\"}"),
                officer.get("/engine-rest/task/" + UUID.randomUUID() + "/form-variables"),
                officer.get("/engine-rest/process-instance/" + UUID.randomUUID() + "/variables"),
                officer.get("/engine-rest/job"), officer.get("/engine-rest/incident"),
                officer.get("/engine-rest/history/job-log"), officer.post("/api/plans", "{\"code\": [1, 2]}"),
                officer.get("/api/assignments/" + "9".repeat(30)),
                officer.post("/engine-rest/task/" + UUID.randomUUID() + "/complete",
                        "{\"variables\":{\"x\":{\"value\":\"rO0ABXQAA2FiYw==\",\"type\":\"Object\","
                                + "\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
                                + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}"));

        assertThat(answers.stream().filter(answer -> answer.status() >= 400)).hasSizeGreaterThanOrEqualTo(10);
        for (Http.Response answer : answers) {
            assertThat(answer.body()).as(answer.body())
                .doesNotContainIgnoringCase("sql")
                .doesNotContainIgnoringCase("select ")
                .doesNotContain("org.", "java.", "ACT_", "Exception:", "constraint", "\tat ")
                .doesNotContainIgnoringCase("postgres");
        }
    }

    private String newOfficer(String password) {
        String userId = "canbo.dn" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response added = Http.as(port, "admin").post("/api/agencies/so-y-te/members", member(userId, password));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return userId;
    }

    private static Map<String, Object> member(String userId, String password) {
        return Map.of("userId", userId, "firstName", "Hà", "lastName", "Nguyễn Thu", "email", userId + "@example.vn",
                "password", password, "role", "OFFICER");
    }

    private String hashOf(String user) {
        return jdbc.queryForObject("select pwd_ from act_id_user where id_ = ?", String.class, user);
    }

    private static String nextAddress() {
        return "127.0.0." + NEXT_ADDRESS.getAndIncrement();
    }

    private String get(String from, String path, String user, String password) throws IOException {
        return exchange(from, "GET " + path + " HTTP/1.1\r\n" + headers(user, password) + "\r\n", null);
    }

    private String post(String from, String path, String contentType, String body, String user) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange(from, "POST " + path + " HTTP/1.1\r\n" + headers(user, null) + "Content-Type: " + contentType
                + "\r\nContent-Length: " + bytes.length + "\r\n\r\n", bytes);
    }

    private String headers(String user, String password) {
        String headers = "Host: localhost:" + port + "\r\nConnection: close\r\nAccept: application/json\r\n";
        if (user != null && password != null) {
            headers += "Authorization: Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))
                    + "\r\n";
        }
        return headers;
    }

    /**
     * One HTTP/1.1 exchange from a chosen loopback address: the server sees that address
     * as the client's.
     */
    private String exchange(String from, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                socket.getOutputStream().write(body);
            }
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

}
