package vn.gov.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.oversight.support.PageSession;
import vn.gov.oversight.support.PageSession.Page;
import vn.gov.oversight.support.IntegrationTest;

/**
 * The import page as the coordinator uses it: upload, preview, map an unknown name,
 * confirm.
 */
@IntegrationTest
class PlanImportPageIntegrationTests {

    static final String PATH = "/oversight/plans/import";

    @LocalServerPort
    int port;

    @Test
    void theCoordinatorUploadsPreviewsMapsAnUnknownNameAndConfirms() throws IOException {
        String unknown = "Phòng Y tế tỉnh " + UUID.randomUUID().toString().substring(0, 4);
        String code = UUID.randomUUID().toString().substring(0, 6) + "/KH-UBND";
        byte[] xlsx = PlanImportIntegrationTests.workbook(AppendixImportIntegrationTests.HEADER,
                new String[] { "1", "Khám sức khỏe cho người nghèo", unknown, "Báo Ninh Bình", "Năm 2026", "Báo cáo" },
                new String[] { "2", "Cho vay ưu đãi", "NHCSXH", "", "Hằng năm", "" });
        PageSession coordinator = PageSession.logIn(port, "canbo.so-ldtbxh");

        Page form = coordinator.get(PATH);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Nhập kế hoạch từ phụ lục", "Xem trước");
        Page preview = coordinator.postMultipart(PATH, Map.of("_csrf", coordinator.csrf(PATH), "code", code, "title",
                "Kế hoạch thử", "issuingBody", "ubnd-tinh", "issuedOn", "2026-01-05", "directive", ""), "phu-luc.xlsx",
                xlsx);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body())
            .contains("Tên cơ quan chưa có trong danh bạ", unknown, "Gần giống nhất", "Sở Y tế", "Báo Ninh Bình")
            .doesNotContain("id=\"ready\"");

        Page mapped = coordinator.post(PATH + "/alias",
                Map.of("_csrf", csrfIn(preview), "name", unknown, "agencyCode", "so-y-te"));
        assertThat(mapped.body()).contains("Đã ghi nhớ", "id=\"ready\"", "Xác nhận tạo kế hoạch",
                "Chi nhánh Ngân hàng");

        Page created = coordinator.post(PATH + "/confirm", Map.of("_csrf", csrfIn(mapped)));
        assertThat(created.body()).contains("Đã tạo kế hoạch", code, "2</span> nhiệm vụ");
    }

    @Test
    void anAgencyHeadMayNotImport() {
        PageSession head = PageSession.logIn(port, "thutruong.so-y-te");

        assertThat(head.get(PATH).status()).isEqualTo(403);
        assertThat(head.get("/oversight/agencies/so-y-te").body()).doesNotContain("Nhập kế hoạch");
    }

    private static String csrfIn(Page page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

}
