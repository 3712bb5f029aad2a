package vn.gov.oversight.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

class QueryExpressionGuardTest {

    final QueryExpressionGuard guard = new QueryExpressionGuard(new ObjectMapper());

    MockHttpServletResponse send(String method, String uri, String query, String json) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setQueryString(query);
        if (json != null) {
            request.setContentType("application/json");
            request.setContent(json.getBytes(StandardCharsets.UTF_8));
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        guard.doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            // passed on: the body must still be readable downstream
            if (json != null) {
                assertThat(new String(chain.getRequest().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(json);
            }
            response.setStatus(299);
        }
        return response;
    }

    @ParameterizedTest
    @ValueSource(strings = { "assigneeExpression=%24%7BcurrentUser()%7D", "assigneeExpression=${x}",
            "candidateGroupExpression=%23%7B1%2B1%7D", "a=1&dueAfterExpression=$%20%7Bnow()%7D" })
    void refusesExpressionsInQueryParameters(String query) throws Exception {
        MockHttpServletResponse response = send("GET", "/engine-rest/task", query, null);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"orQueries\":[{\"assigneeExpression\":\"${1+1}\"}]}",
            "{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{1+1}\"}]}",
            "{\"processVariables\":[{\"name\":\"x\",\"value\":\"#{bean}\",\"operator\":\"eq\"}]}", "{\"${key}\":1}" })
    void refusesExpressionsAnywhereInAQueryBody(String json) throws Exception {
        assertThat(send("POST", "/engine-rest/task", null, json).getStatus()).isEqualTo(400);
        assertThat(send("POST", "/camunda/api/engine/engine/default/task/count", null, json).getStatus())
            .isEqualTo(400);
        assertThat(send("POST", "/engine-rest/process-instance/delete", null, "{\"processInstanceQuery\":" + json + "}")
            .getStatus()).isEqualTo(400);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POST|/engine-rest/task/abc/complete|{\"variables\":{\"note\":{\"value\":\"${not evaluated}\"}}}",
            "POST|/engine-rest/process-definition/key/x/start|{\"variables\":{\"note\":{\"value\":\"${x}\"}}}",
            "PUT|/engine-rest/process-instance/1/variables/note|{\"value\":\"${x}\"}",
            "POST|/engine-rest/message|{\"messageName\":\"m\",\"processVariables\":{\"a\":{\"value\":\"${x}\"}}}" })
    void letsProcessDataThrough(String method, String uri, String json) throws Exception {
        assertThat(send(method, uri, null, json).getStatus()).isEqualTo(299);
    }

    @ParameterizedTest
    @ValueSource(strings = { "${currentUser()}", "${currentUserGroups()}", "${now()}", "${dateTime()}",
            "${dateTime().plusDays(2)}", "${ dateTime().minusHours(-3).withTimeAtStartOfDay().toDate() }" })
    void storedFiltersMayUseTheBuiltIns(String expression) throws Exception {
        String json = "{\"resourceType\":\"Task\",\"name\":\"f\",\"query\":{\"assigneeExpression\":\"" + expression
                + "\"}}";

        assertThat(send("POST", "/engine-rest/filter/create", null, json).getStatus()).isEqualTo(299);
        assertThat(send("PUT", "/camunda/api/engine/engine/default/filter/abc", null, json).getStatus()).isEqualTo(299);
    }

    @ParameterizedTest
    @ValueSource(strings = { "${execution}", "${currentUser().getClass()}", "${dateTime().getClass().forName('x')}",
            "${now()}${''.getClass()}", "#{1+1}", "${currentUser()} ${x}" })
    void storedFiltersRefuseAnythingElse(String expression) throws Exception {
        String json = "{\"resourceType\":\"Task\",\"name\":\"f\",\"query\":{\"orQueries\":[{\"assigneeExpression\":\""
                + expression + "\"}]}}";

        assertThat(send("POST", "/engine-rest/filter/create", null, json).getStatus()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/engine-rest/filter/abc/list", "/engine-rest/filter/abc/count" })
    void runningAFilterWithAnExpressionIsAnAdHocQuery(String uri) throws Exception {
        assertThat(send("POST", uri, null, "{\"assigneeExpression\":\"${currentUser()}\"}").getStatus()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = { "assignee=demo&sortBy=created", "" })
    void letsPlainQueriesThrough(String query) throws Exception {
        assertThat(send("GET", "/engine-rest/task", query, null).getStatus()).isEqualTo(299);
        assertThat(
                send("POST", "/engine-rest/task", null, "{\"orQueries\":[{\"assignee\":\"Chi phí $ và {ghi chú}\"}]}")
                    .getStatus())
            .isEqualTo(299);
    }

    @ParameterizedTest
    @ValueSource(strings = { "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE", "UTF-8" })
    void readsTheBodyInEveryEncodingTheRestLayerReads(String charset) throws Exception {
        String json = "{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{1+1}\"}]}";
        for (boolean bom : new boolean[] { false, true }) {
            byte[] body = ((bom ? "\uFEFF" : "") + json).getBytes(Charset.forName(charset));
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task");
            // the header may say anything: the REST layer goes by the bytes
            request.setContentType("application/json; charset=UTF-8");
            request.setContent(body);
            MockHttpServletResponse response = new MockHttpServletResponse();
            guard.doFilter(request, response, new MockFilterChain());

            assertThat(response.getStatus()).as(charset + (bom ? " with BOM" : "")).isEqualTo(400);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "not json at all ${1+1", "{\"orQueries\": [", "\u0000\u0001garbage" })
    void refusesAQueryBodyItCannotRead(String body) throws Exception {
        assertThat(send("POST", "/engine-rest/task", null, body).getStatus()).isEqualTo(400);
    }

}
