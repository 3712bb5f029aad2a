package vn.gov.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;

/** Importing a plan's appendix from an Excel workbook made here with Apache POI. */
@IntegrationTest
class PlanImportIntegrationTests {

    static final String COORDINATOR = "canbo.so-ldtbxh";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    static byte[] workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Phụ lục");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static final String[] HEADER = { "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
            "Sản phẩm" };

    Map<String, String> header(String code) {
        return Map.of("code", code, "title", "Kế hoạch thực hiện Chỉ thị 05-CT/TW", "issuingBody", "ubnd-tinh",
                "issuedOn", "2026-01-05", "directive", "05-CT/TW");
    }

    @Test
    void aGoodWorkbookCreatesThePlanAndItsAssignments() throws IOException {
        String code = UUID.randomUUID().toString().substring(0, 6) + "/KH-UBND";
        byte[] xlsx = workbook(new String[] { "PHỤ LỤC NHIỆM VỤ" }, HEADER,
                new String[] { "I", "Tăng cường công tác lãnh đạo, chỉ đạo" },
                new String[] { "1", "Ban hành kế hoạch thực hiện", "Sở Y tế; ubnd-yen-mo", "", "31/12/2026",
                        "Kế hoạch" },
                new String[] { "II", "Huy động nguồn lực" }, new String[] { "1", "Cho vay ưu đãi hộ nghèo", "nhcsxh",
                        "Hội Liên hiệp Phụ nữ tỉnh", "Hằng năm", "Báo cáo" });

        Http.Response response = Http.as(port, COORDINATOR)
            .postMultipart("/api/plans/import", header(code), "phu-luc.xlsx", xlsx);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode plan = response.json();
        assertThat(plan.path("tasks").findValuesAsText("code")).containsExactly("1.1", "2.1");
        assertThat(plan.path("tasks").get(0).path("leadAgencies").toString()).contains("so-y-te", "ubnd-yen-mo");
        assertThat(plan.path("tasks").get(1).path("recurrence").asText()).isEqualTo("YEARLY");
        assertThat(plan.path("tasks").get(1).path("coordinatingAgencies").get(0).asText()).isEqualTo("hoi-lhpn");
        assertThat(plan.path("assignments")).hasSize(3);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code + "/2.1/nhcsxh").count())
            .isEqualTo(1);
    }

    @Test
    void aBadWorkbookIsRefusedRowByRowAndNothingIsCreated() throws IOException {
        String code = UUID.randomUUID().toString().substring(0, 6) + "/KH-UBND";
        long instancesBefore = runtime.createProcessInstanceQuery().count();
        byte[] xlsx = workbook(HEADER, new String[] { "1", "Nhiệm vụ tốt", "so-y-te", "", "31/12/2026", "" },
                new String[] { "2", "", "so-y-te", "", "31/12/2026", "" },
                new String[] { "3", "Cơ quan lạ", "Sở Không Tồn Tại", "", "31/12/2026", "" },
                new String[] { "4", "Hạn sai", "so-y-te", "", "sớm nhất có thể", "" });

        Http.Response response = Http.as(port, COORDINATOR)
            .postMultipart("/api/plans/import", header(code), "phu-luc.xlsx", xlsx);

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().path("errors");
        assertThat(errors.findValuesAsText("row")).containsExactlyInAnyOrder("3", "4", "5");
        assertThat(errors.findValuesAsText("column")).contains("Nhiệm vụ", "Cơ quan chủ trì");
        assertThat(response.json().path("detail").asText()).contains("Sở Không Tồn Tại", "sớm nhất có thể");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(Http.as(port, COORDINATOR).get("/api/plans").json().findValuesAsText("code")).doesNotContain(code);
    }

    @Test
    void aFileThatIsNotAWorkbookOrNoFileIsRefused() {
        String code = UUID.randomUUID().toString().substring(0, 6) + "/KH-UBND";
        Http coordinator = Http.as(port, COORDINATOR);

        Http.Response garbage = coordinator.postMultipart("/api/plans/import", header(code), "phu-luc.xlsx",
                "không phải Excel".getBytes());
        Http.Response none = coordinator.postMultipart("/api/plans/import", header(code), null, null);

        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().path("errors").get(0).path("column").asText()).isEqualTo("Tệp");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().path("errors").get(0).path("field").asText()).isEqualTo("file");
    }

    @Test
    void theTemplateIsAWorkbookWithTheUsualHeaders() throws IOException {
        byte[] template = Http.as(port, "thutruong.so-y-te").download("/api/plans/import/template");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Phụ lục");
            assertThat(workbook.getSheet("Hướng dẫn")).isNotNull();
            List<String> texts = new ArrayList<>();
            for (int r = 0; r < 10; r++) {
                Row row = workbook.getSheetAt(0).getRow(r);
                if (row != null) {
                    row.forEach(cell -> texts.add(cell.toString()));
                }
            }
            assertThat(texts).contains(HEADER);
        }
    }

}
