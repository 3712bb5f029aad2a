package vn.gov.oversight.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

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
        assertThat(problem.path("message").asText()).contains("Mã sự cố")
                .contains(problem.path("incidentId").asText());
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
}
