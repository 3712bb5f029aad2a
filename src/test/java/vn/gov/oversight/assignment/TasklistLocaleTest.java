package vn.gov.oversight.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Vietnamese locales of the Camunda web apps (no browser, no server): valid JSON with
 * every key of the webjar's en.json, the same {{placeholders}}, and the Camunda 8
 * banner's text empty; the apps' configuration offers Vietnamese only.
 */
class TasklistLocaleTest {

    static final String APP = "META-INF/resources/webjars/camunda/app/";
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

    final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = { "tasklist", "welcome" })
    void theVietnameseLocaleHasEveryLabelOfTheEnglishOneWithItsPlaceholders(String app) throws IOException {
        JsonNode en = json.readTree(resource(APP + app + "/locales/en.json"));
        JsonNode vi = json.readTree(resource(APP + app + "/locales/vi.json"));

        assertThat(vi.path("labels").size()).isEqualTo(en.path("labels").size()).isPositive();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> label : en.path("labels").properties()) {
            JsonNode translated = vi.path("labels").get(label.getKey());
            if (translated == null || !translated.isTextual()) {
                problems.add(label.getKey() + " is missing");
            }
            else if (!label.getKey().equals("BANNER_CE_EOL_TEXT")
                    && !placeholders(label.getValue().asText()).equals(placeholders(translated.asText()))) {
                problems.add(label.getKey() + " changes its placeholders: " + translated.asText());
            }
        }
        assertThat(problems).isEmpty();
        if (en.has("dateLocales")) {
            assertThat(vi.path("dateLocales").path("months").get(0).asText()).isEqualTo("Tháng 1");
            assertThat(vi.path("dateLocales").path("weekdays").get(0).asText()).isEqualTo("Chủ nhật");
            assertThat(vi.path("dateLocales").path("longDateFormat").path("L").asText()).isEqualTo("DD/MM/YYYY");
        }
        if (app.equals("tasklist")) {
            assertThat(vi.path("labels").path("BANNER_CE_EOL_TEXT").asText()).isEmpty();
            assertThat(vi.path("labels").path("PAGE_LOGIN_USERNAME").asText()).isEqualTo("Tên đăng nhập");
            assertThat(vi.path("labels").path("CLAIM_TASK").asText()).isEqualTo("Nhận việc");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "tasklist", "welcome" })
    void theAppOffersVietnameseOnly(String app) throws IOException {
        String config = new String(resource(APP + app + "/scripts/config.js").readAllBytes(), StandardCharsets.UTF_8);
        assertThat(config).contains("availableLocales: ['vi']", "fallbackLocale: 'vi'", "disableWelcomeMessage: true");
    }

    static TreeSet<String> placeholders(String text) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The project's copy when it has one (it comes first on the class path), else the
     * webjar's.
     */
    static InputStream resource(String path) {
        InputStream in = TasklistLocaleTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }

}
