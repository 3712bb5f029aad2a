package vn.gov.oversight.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;

class ErrorBodyShieldTest {

    final ObjectMapper json = new ObjectMapper();

    final ErrorBodyShield shield = new ErrorBodyShield(json);

    MockHttpServletResponse answer(int status, String body) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain resource = (request, servletResponse) -> {
            var http = (jakarta.servlet.http.HttpServletResponse) servletResponse;
            http.setStatus(status);
            http.setContentType("application/json");
            http.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        };
        shield.doFilter(new MockHttpServletRequest("POST", "/engine-rest/task/1/complete"), response, resource);
        return response;
    }

    @Test
    void aServerErrorSaysOnlyThatAndQuotesAnIncident() throws Exception {
        MockHttpServletResponse response = answer(500, "{\"type\":\"ProcessEngineException\",\"message\":"
                + "\"ENGINE-03004 Exception while executing Database Operation 'UPDATE AssignmentEntity' with SQL "
                + "update assignment set officer = ? where id = ?: org.postgresql.util.PSQLException\"}");
        JsonNode problem = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(problem.path("message").asText()).contains("Mã sự cố").contains(problem.path("incidentId").asText());
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContainIgnoringCase("sql")
            .doesNotContain("org.", "ENGINE-");
    }

    @Test
    void aRefusalThatQuotesTheInsidesIsReplaced() throws Exception {
        MockHttpServletResponse response = answer(400, "{\"type\":\"InvalidRequestException\",\"message\":"
                + "\"Cannot convert value to java type java.util.Date\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("java.util")
            .contains("InvalidRequestException", "Mã sự cố");
    }

    @Test
    void aPlainRefusalAndASuccessPassUnchanged() throws Exception {
        String refusal = "{\"type\":\"RestException\",\"message\":\"Chưa nhập 'Người ký' (signer)\",\"code\":0}";
        MockHttpServletResponse refused = answer(400, refusal);
        MockHttpServletResponse success = answer(200, "{\"sql\":\"a field named so is fine in data\"}");

        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(refusal);
        assertThat(success.getContentAsString(StandardCharsets.UTF_8)).contains("a field named so");
    }

    // --- the database gone: "try again shortly" on every surface

    @Test
    void aDatabaseOutageInCamundasAnswerBecomesTryAgainShortly() throws Exception {
        MockHttpServletResponse response = answer(500, "{\"type\":\"ProcessEngineException\",\"message\":"
                + "\"Could not open JDBC Connection for transaction: HikariPool-1 - Connection is not available,"
                + " request timed out after 3001ms\"}");
        JsonNode problem = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(problem.path("title").asText()).isEqualTo("Hệ thống tạm thời gián đoạn");
        assertThat(problem.path("detail").asText()).contains("Xin thử lại sau ít phút");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Hikari", "JDBC");
    }

    @Test
    void aDatabaseOutageThrownOnAPageGivesAPageSayingTryAgainShortly() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain failing = (request, servletResponse) -> {
            throw new org.springframework.transaction.CannotCreateTransactionException("Could not open JDBC Connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001",
                            new ConnectException("Connection refused")));
        };
        shield.doFilter(new MockHttpServletRequest("GET", "/oversight/board"), response, failing);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
            .contains("<html lang=\"vi\">", "Hệ thống tạm thời gián đoạn")
            .doesNotContain("Hikari", "JDBC");
    }

    @Test
    void anyOtherFailureOnAPageIsLeftToThePagesOwnErrorHandling() {
        FilterChain failing = (request, servletResponse) -> {
            throw new IllegalStateException("a bug");
        };
        org.assertj.core.api.Assertions
            .assertThatThrownBy(() -> shield.doFilter(new MockHttpServletRequest("GET", "/oversight/board"),
                    new MockHttpServletResponse(), failing))
            .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRollbackThatFailedOnAClosedConnectionIsAnOutage() {
        var rollback = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(
                new SQLException("terminating connection due to administrator" + " command", "57P01"));
        assertThat(vn.gov.oversight.system.DatabaseOutage.isCause(rollback)).isTrue();
        assertThat(vn.gov.oversight.system.DatabaseOutage
            .isCause(new IllegalStateException("a bug", new SQLException("duplicate key", "23505")))).isFalse();
    }

}
