package vn.gov.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;

/**
 * An appendix as provinces write it (collective phrases, abbreviations, bodies outside
 * the directory), as .xlsx and as .docx, through the API as the coordinator uses it:
 * preview, map an unknown name, import.
 */
@IntegrationTest
class AppendixImportIntegrationTests {

    static final String COORDINATOR = "canbo.so-ldtbxh";
    static final String ISSUED_ON = "2026-01-05";
    static final String[] HEADER = { "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
            "Thời gian hoàn thành", "Sản phẩm" };

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    static String[][] provincialAppendix() {
        return new String[][] { HEADER, { "I", "Công tác lãnh đạo, chỉ đạo", "", "", "", "" },
                { "1", "Xây dựng, ban hành kế hoạch thực hiện", "UBND các huyện, thành phố",
                        "Sở LĐ-TB&XH, Mặt trận Tổ quốc tỉnh", "Quý I/2026", "Kế hoạch" },
                { "2", "Tuyên truyền về giảm nghèo bền vững", "Sở LĐTBXH",
                        "Báo Ninh Bình, Đài Phát thanh và Truyền hình tỉnh, các cơ quan liên quan", "Thường xuyên",
                        "" },
                { "II", "Huy động nguồn lực", "", "", "", "" },
                { "1", "Cho vay ưu đãi hộ nghèo, hộ cận nghèo", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh",
                        "Hội Nông dân tỉnh; Hội LHPN tỉnh", "Hằng năm", "Báo cáo" },
                { "2", "Hỗ trợ đóng bảo hiểm y tế", "BHXH tỉnh", "NHCSXH; Sở Y tế", "31/12/2026", "Báo cáo" } };
    }

    Map<String, String> header(String code) {
        return Map.of("code", code, "title", "Kế hoạch thực hiện Chỉ thị 05-CT/TW", "issuingBody", "ubnd-tinh",
                "issuedOn", ISSUED_ON, "directive", "05-CT/TW");
    }

    static String newCode() {
        return UUID.randomUUID().toString().substring(0, 6) + "/KH-UBND";
    }

    /**
     * The districts and cities "UBND các huyện, thành phố" stands for on the plan's date,
     * as the directory says.
     */
    List<String> districtsAndCities() {
        Http coordinator = Http.as(port, COORDINATOR);
        JsonNode phrases = coordinator.get("/api/collective-phrases").json();
        for (JsonNode phrase : phrases) {
            if (phrase.path("phrase").asText().equals("UBND các huyện, thành phố")) {
                JsonNode codes = coordinator
                    .get("/api/collective-phrases/" + phrase.path("id").asLong() + "/agencies?on=" + ISSUED_ON)
                    .json();
                List<String> list = new ArrayList<>();
                codes.forEach(code -> list.add(code.asText()));
                return list;
            }
        }
        throw new AssertionError("phrase not seeded");
    }

    @Test
    void aProvincialXlsxAppendixImportsInOneGoAndThePreviewIsWhatIsCreated() throws IOException {
        String code = newCode();
        byte[] xlsx = PlanImportIntegrationTests.workbook(provincialAppendix());
        Http coordinator = Http.as(port, COORDINATOR);
        List<String> districts = districtsAndCities();
        assertThat(districts).contains("ubnd-tp-ninh-binh", "ubnd-tp-tam-diep", "ubnd-hoa-lu", "ubnd-gia-vien",
                "ubnd-nho-quan", "ubnd-yen-khanh", "ubnd-yen-mo", "ubnd-kim-son");

        Http.Response preview = coordinator.postMultipart("/api/plans/import/preview", header(code), "phu-luc.xlsx",
                xlsx);

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        JsonNode shown = preview.json();
        assertThat(shown.path("ready").asBoolean()).as(preview.body()).isTrue();
        assertThat(shown.path("tasks").get(0).path("leadAgencies").findValuesAsText("code"))
            .containsExactlyElementsOf(districts);
        assertThat(shown.path("tasks").get(0).path("coordinatingAgencies").findValuesAsText("code"))
            .containsExactly("so-ldtbxh", "mttq");
        assertThat(shown.path("tasks").get(1).path("outsideCoordinators").toString()).contains("Báo Ninh Bình",
                "Đài Phát thanh và Truyền hình tỉnh", "các cơ quan liên quan");
        assertThat(shown.path("tasks").get(2).path("leadAgencies").findValuesAsText("code")).containsExactly("nhcsxh");
        assertThat(shown.path("tasks").get(3).path("coordinatingAgencies").findValuesAsText("code"))
            .containsExactly("nhcsxh", "so-y-te");
        assertThat(shown.path("warnings").findValuesAsText("message")).hasSize(2)
            .allMatch(message -> message.contains("ngoài danh bạ"));
        assertThat(shown.path("agencies").findValuesAsText("code")).contains("ubnd-yen-mo", "so-ldtbxh", "bhxh");
        assertThat(Http.as(port, COORDINATOR).get("/api/plans").json().findValuesAsText("code")).doesNotContain(code);

        Http.Response imported = coordinator.postMultipart("/api/plans/import", header(code), "phu-luc.xlsx", xlsx);

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode plan = imported.json();
        assertThat(plan.path("warnings")).hasSize(2);
        assertThat(assignments(plan.path("assignments")))
            .containsExactlyInAnyOrderElementsOf(assignments(shown.path("assignments")));
        assertThat(plan.path("assignments")).hasSize(districts.size() + 3);
        assertThat(plan.path("tasks").get(1).path("outsideCoordinators").toString()).contains("Báo Ninh Bình");
        JsonNode stored = coordinator.get("/api/plans/" + plan.path("id").asLong()).json();
        assertThat(stored.path("tasks").get(1).path("outsideCoordinators").toString()).contains("Báo Ninh Bình");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code + "/1.1/ubnd-kim-son").count())
            .isEqualTo(1);
    }

    @Test
    void theSameAppendixAsTheIssuedWordDocumentImportsInOneGo() {
        String code = newCode();
        String[][] rows = provincialAppendix();
        rows[1] = new String[] { "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO" };
        rows[4] = new String[] { "II. HUY ĐỘNG NGUỒN LỰC" };
        byte[] docx = WordAppendix.docx(6, rows);

        Http.Response imported = Http.as(port, COORDINATOR)
            .postMultipart("/api/plans/import", header(code), "ke-hoach.docx", docx);

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().path("tasks").findValuesAsText("code")).containsExactly("1.1", "1.2", "2.1", "2.2");
        assertThat(imported.json().path("tasks").get(0).path("group").asText()).isEqualTo("CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO");
        assertThat(imported.json().path("assignments")).hasSize(districtsAndCities().size() + 3);
    }

    @Test
    void anUnknownLeadIsRefusedWithTheClosestAgenciesAndOnceMappedTheNameIsReused() throws IOException {
        String unknown = "Sở Y tế Ninh Bình " + UUID.randomUUID().toString().substring(0, 4);
        String[][] rows = { HEADER, { "1", "Khám sức khỏe cho người nghèo", unknown, "", "Năm 2026", "" } };
        byte[] xlsx = PlanImportIntegrationTests.workbook(rows);
        Http coordinator = Http.as(port, COORDINATOR);
        long instancesBefore = runtime.createProcessInstanceQuery().count();

        Http.Response refused = coordinator.postMultipart("/api/plans/import", header(newCode()), "phu-luc.xlsx", xlsx);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("message").asText())
            .contains("Không tìm thấy cơ quan '" + unknown + "'", "Sở Y tế (so-y-te)");
        JsonNode name = refused.json().path("unknownNames").get(0);
        assertThat(name.path("name").asText()).isEqualTo(unknown);
        assertThat(name.path("suggestions").get(0).path("code").asText()).isEqualTo("so-y-te");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);

        Http.Response mapped = coordinator.post("/api/agency-aliases",
                Map.of("agencyCode", "so-y-te", "alias", unknown));
        assertThat(mapped.status()).as(mapped.body()).isEqualTo(201);

        Http.Response imported = coordinator.postMultipart("/api/plans/import", header(newCode()), "phu-luc.xlsx",
                xlsx);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().path("tasks").get(0).path("leadAgencies").get(0).asText()).isEqualTo("so-y-te");
        // the same name in other spelling (tone placement, case, decomposed Unicode) is
        // the same alias
        String other = java.text.Normalizer.normalize(unknown.toUpperCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
        Http.Response again = coordinator.post("/api/agency-aliases",
                Map.of("agencyCode", "so-tai-chinh", "alias", other));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("errors").get(0).path("message").asText()).contains("Sở Y tế");
    }

    @Test
    void onlyTheCoordinatorAndAdministratorsImportPreviewOrNameAgencies() throws IOException {
        byte[] xlsx = PlanImportIntegrationTests.workbook(provincialAppendix());
        Http head = Http.as(port, "thutruong.so-y-te");

        assertThat(head.postMultipart("/api/plans/import", header(newCode()), "phu-luc.xlsx", xlsx).status())
            .isEqualTo(403);
        assertThat(head.postMultipart("/api/plans/import/preview", header(newCode()), "phu-luc.xlsx", xlsx).status())
            .isEqualTo(403);
        assertThat(head.post("/api/agency-aliases", Map.of("agencyCode", "so-y-te", "alias", "Sở YT")).status())
            .isEqualTo(403);
        assertThat(
                head.post("/api/collective-phrases", Map.of("phrase", "các bệnh viện", "agencyKind", "OTHER")).status())
            .isEqualTo(403);
        assertThat(head.get("/api/collective-phrases").status()).isEqualTo(200);
    }

    @Test
    void theCoordinatorAddsAPhraseAndBadPhrasesAreRefusedByField() {
        Http coordinator = Http.as(port, COORDINATOR);
        String phrase = "các ngân hàng và bảo hiểm " + UUID.randomUUID().toString().substring(0, 4);

        Http.Response added = coordinator.post("/api/collective-phrases",
                Map.of("phrase", phrase, "members", List.of("nhcsxh", "bhxh")));
        Http.Response vagueWithRule = coordinator.post("/api/collective-phrases",
                Map.of("phrase", "các nơi khác", "vague", true, "agencyKind", "OTHER"));
        Http.Response unknownMember = coordinator.post("/api/collective-phrases",
                Map.of("phrase", "nhóm lạ", "members", List.of("khong-co")));
        Http.Response taken = coordinator.post("/api/collective-phrases", Map.of("phrase", "Sở Y tế", "vague", true));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(coordinator.get("/api/collective-phrases/" + added.json().path("id").asLong() + "/agencies")
            .json()
            .toString()).contains("nhcsxh", "bhxh");
        assertThat(vagueWithRule.status()).isEqualTo(400);
        assertThat(vagueWithRule.json().path("errors").get(0).path("field").asText()).isEqualTo("vague");
        assertThat(unknownMember.status()).isEqualTo(400);
        assertThat(unknownMember.json().path("errors").get(0).path("field").asText()).isEqualTo("members[0]");
        assertThat(taken.status()).isEqualTo(409);
    }

    private static List<String> assignments(JsonNode assignments) {
        List<String> list = new ArrayList<>();
        assignments.forEach(a -> list
            .add(a.path("taskCode").asText() + "|" + a.path("agency").asText() + "|" + a.path("dueDate").asText()));
        return list;
    }

}
