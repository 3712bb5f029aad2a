package vn.gov.oversight.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;
import vn.gov.oversight.support.Tasklist;

/**
 * Tasklist speaks Vietnamese to a browser left in English (Chromium's default here): the
 * login page, the task list, the welcome page; no Camunda 8 banner, no "Start process" or
 * "Create task" in the header.
 */
@IntegrationTest
class TasklistLanguageIntegrationTests {

    static final String AGENCY = "thutruong.so-y-te";

    @LocalServerPort
    int port;

    @Test
    void theLoginPageAndTheTaskListAreInVietnameseForAnEnglishBrowser() {
        try (Tasklist browser = new Tasklist(port)) {
            String login = browser.loginPageText();
            assertThat(login).contains("Tên đăng nhập", "Mật khẩu", "Đăng nhập")
                .doesNotContain("Username", "Password", "Log in", "Camunda 8");

            browser.logIn(AGENCY, "demo");
            String list = browser.taskListText();
            assertThat(list)
                .contains("Hệ thống theo dõi giảm nghèo – Việc cần làm", "Chọn một công việc trong danh sách",
                        "Ngày giờ hiển thị theo múi giờ của máy")
                .doesNotContain("Camunda 8", "migrate", "Start process", "Create task", "Select a task in the list",
                        "Bắt đầu quy trình", "Tạo công việc");

            // the header still holds the banner and both actions (so the selectors of
            // user-styles.css match
            // Tasklist's markup), but none of them is shown
            assertThat(browser.contains(".ce-eol-banner")).as("the Camunda 8 banner is in the markup").isTrue();
            assertThat(browser.contains("li.start-process-action")).as("Start process is in the markup").isTrue();
            assertThat(browser.contains("li.create-task-action")).as("Create task is in the markup").isTrue();
            assertThat(browser.shows(".ce-eol-banner")).as("the Camunda 8 banner is shown").isFalse();
            assertThat(browser.shows("li.start-process-action")).as("Start process is shown").isFalse();
            assertThat(browser.shows("li.create-task-action")).as("Create task is shown").isFalse();

            String welcome = browser.pageTextAt("/camunda/app/welcome/default/", "Ứng dụng");
            assertThat(welcome).contains("Ứng dụng", "Thông tin cá nhân").doesNotContain("Applications", "Camunda 8");
        }
    }

    @Test
    void theServedLocalesAreValidJsonWithEveryLabelOfTheEnglishOnes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String app : new String[] { "tasklist", "welcome" }) {
            Http.Response served = Http.anonymous(port).get("/camunda/app/" + app + "/locales/vi.json");
            assertThat(served.status()).as(app).isEqualTo(200);
            JsonNode vi = json.readTree(served.body());
            JsonNode en = english(json, app);
            assertThat(vi.path("labels").size()).as(app).isEqualTo(en.path("labels").size()).isPositive();
        }
    }

    static JsonNode english(ObjectMapper json, String app) throws IOException {
        try (InputStream in = TasklistLanguageIntegrationTests.class.getClassLoader()
            .getResourceAsStream("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json")) {
            assertThat(in).as("the webjar's en.json of " + app).isNotNull();
            return json.readTree(in);
        }
    }

}
