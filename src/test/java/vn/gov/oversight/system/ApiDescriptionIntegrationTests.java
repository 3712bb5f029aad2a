package vn.gov.oversight.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;

/** The application's API described as OpenAPI, in Vietnamese, for administrators. */
@IntegrationTest
class ApiDescriptionIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void administratorsReadTheDescriptionAndItsUiOthersDoNot() {
        Http.Response description = Http.as(port, "admin").get("/v3/api-docs");

        assertThat(description.status()).as(description.body()).isEqualTo(200);
        JsonNode api = description.json();
        assertThat(api.path("info").path("title").asText()).startsWith("Hệ thống theo dõi");
        assertThat(api.path("paths").has("/api/plans")).isTrue();
        assertThat(api.path("paths").has("/api/board.xlsx")).isTrue();
        assertThat(api.path("tags").findValuesAsText("name")).contains("Kế hoạch", "Bảng theo dõi",
                "Việc chuyển Ban Chỉ đạo");
        assertThat(Http.as(port, "admin").get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(Http.as(port, "canbo.so-ldtbxh").get("/v3/api-docs").status()).isEqualTo(403);
        assertThat(Http.anonymous(port).get("/v3/api-docs").status()).isEqualTo(401);
    }

}
