package vn.gov.oversight.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.gov.oversight.reporting.ReportFigures.Reach;
import vn.gov.oversight.reporting.UpwardReportLines.Line;

/**
 * The lines of the province's report, and the Word document they make, from a summary
 * built by hand.
 */
class UpwardReportLinesTest {

    static final Map<PolicyArea, Reach> HEALTH_ONLY = Map.of(PolicyArea.HEALTH, new Reach(700, 1_000, 730, 1_090));

    /**
     * Two districts of three accepted, against Plan 151's 2021 baseline and 2030 target
     * of a third.
     */
    static Reports.Summary summary(ReportingStore.Consolidation consolidation) {
        Reports.Totals totals = new Reports.Totals(55_000, 730, 1_090, 165, 21, 1_000_000_000L, 840_000_000L, 2, 3, 870,
                1_200, 4, 130, 20, 85, 120, Map.of(Deprivation.HEALTH_INSURANCE, 40L, Deprivation.HOUSING_AREA, 12L));
        List<Reports.AgencyReport> agencies = List.of(
                new Reports.AgencyReport("ubnd-hoa-lu", "UBND thành phố Hoa Lư", ReportStatus.ACCEPTED,
                        ReportStatus.Outcome.DONE_ON_TIME, 30_000, 420, 610, 95, 12, 500_000_000L, 420_000_000L,
                        ReportContent.HOUSEHOLDS, 3, 70, 11, null),
                new Reports.AgencyReport("ubnd-tp-tam-diep", "UBND thành phố Tam Điệp", ReportStatus.ACCEPTED,
                        ReportStatus.Outcome.DONE_LATE, 25_000, 310, 480, 70, 9, 500_000_000L, 420_000_000L,
                        ReportContent.HOUSEHOLDS, 1, 60, 9, null),
                new Reports.AgencyReport("ubnd-yen-mo", "UBND huyện Yên Mô", ReportStatus.OPEN, null, null, null, null,
                        null, null, null, null, ReportContent.HOUSEHOLDS, null, null, null, null));
        return new Reports.Summary("2027-H1", RegimeKind.SEMI_ANNUAL, LocalDate.of(2026, 12, 15),
                LocalDate.of(2027, 6, 14), LocalDate.of(2027, 6, 18), LocalDate.of(2027, 6, 25), totals, agencies,
                new Reports.Baseline(2021, 7_912, 10_519, 2030, "Nghị quyết"),
                Progress.assess(7_912, 10_519, 2_637L, 730, 1_090, HEALTH_ONLY), HEALTH_ONLY, consolidation, null);
    }

    static UpwardReportDocument.Heading heading() {
        return new UpwardReportDocument.Heading("Ninh Bình", "151/KH-UBND", "6 tháng đầu năm 2027", 2027,
                List.of("Bộ Nông nghiệp và Môi trường", "Lưu: VT"));
    }

    @Test
    void theProvinceFiguresAreTheSumsThenTheProgressAgainstBaselineAndTarget() {
        List<Line> lines = UpwardReportLines.figures(summary(null));

        assertThat(lines).extracting(Line::label, Line::unit, Line::value)
            .startsWith(tuple("Tổng số hộ", "hộ", 55_000L), tuple("Số hộ nghèo", "hộ", 730L),
                    tuple("Số hộ cận nghèo", "hộ", 1_090L), tuple("Số hộ thoát nghèo trong kỳ", "hộ", 165L),
                    tuple("Số hộ nghèo phát sinh trong kỳ", "hộ", 21L), tuple("Số hộ tái nghèo trong kỳ", "hộ", 4L),
                    tuple("Số hộ ra khỏi diện cận nghèo trong kỳ", "hộ", 130L),
                    tuple("Số hộ cận nghèo phát sinh trong kỳ", "hộ", 20L),
                    tuple("Kinh phí được phân bổ", "đồng", 1_000_000_000L),
                    tuple("Kinh phí đã giải ngân", "đồng", 840_000_000L),
                    tuple("Tỷ lệ hộ nghèo", "%", new BigDecimal("1.33")));
        assertThat(lines).extracting(Line::label, Line::value)
            .contains(tuple("Số hộ nghèo tăng (+), giảm (-) so với năm 2021", -7_182L),
                    tuple("Tỷ lệ tăng (+), giảm (-) số hộ nghèo so với năm 2021", new BigDecimal("-90.77")),
                    tuple("Số hộ nghèo là đồng bào dân tộc thiểu số", 85L),
                    tuple("Chỉ tiêu năm 2030: số hộ nghèo tối đa", 2_637L),
                    tuple("Đánh giá chỉ tiêu số hộ nghèo năm 2030", "Đạt"),
                    tuple("Tỷ lệ kinh phí đã giải ngân", new BigDecimal("84.00")),
                    tuple("Hộ nghèo, hộ cận nghèo được hỗ trợ đủ các chính sách (chỉ tiêu 100%)", "Chưa đạt"));
        // every indicator is a column of the agencies' table and a line of the province's
        assertThat(lines.subList(0, UpwardReportLines.INDICATORS.size())).extracting(Line::label)
            .containsExactlyElementsOf(
                    UpwardReportLines.INDICATORS.stream().map(UpwardReportLines.Indicator::label).toList());
        assertThat(UpwardReportLines.missing(summary(null))).containsExactly("UBND huyện Yên Mô");
    }

    @Test
    void everyPolicyHasARowAndAnUnreportedOneIsNotMet() {
        List<UpwardReportLines.Policy> policies = UpwardReportLines.policies(summary(null));

        assertThat(policies).hasSize(PolicyArea.values().length);
        UpwardReportLines.Policy health = policies.get(PolicyArea.HEALTH.ordinal());
        assertThat(UpwardReportLines.POLICY_COLUMNS.stream().map(column -> column.value().apply(health)))
            .containsExactly(700, 730, new BigDecimal("95.89"), 1_000, 1_090, new BigDecimal("91.74"),
                    new BigDecimal("93.41"), "Chưa đạt");
        UpwardReportLines.Policy housing = policies.get(PolicyArea.HOUSING.ordinal());
        assertThat(UpwardReportLines.POLICY_COLUMNS.stream().map(column -> column.value().apply(housing)))
            .containsExactly(null, null, null, null, null, null, null, "Chưa đạt");
        assertThat(UpwardReportLines.POLICY_COLUMNS.get(0).header()).isEqualTo("Đối tượng nghèo được hỗ trợ");
        assertThat(health.label()).isEqualTo("Y tế (người)");
    }

    @Test
    void everyDeficitOfDecree07HasALineAndUnreportedOnesAreNought() {
        List<Line> deficits = UpwardReportLines.deficits(summary(null));

        assertThat(deficits).hasSize(Deprivation.values().length);
        assertThat(deficits.get(Deprivation.HEALTH_INSURANCE.ordinal()).value()).isEqualTo(40L);
        assertThat(deficits.get(Deprivation.HOUSING_AREA.ordinal()).value()).isEqualTo(12L);
        assertThat(deficits.get(Deprivation.NUTRITION.ordinal()).value()).isEqualTo(0L);
    }

    @Test
    void beforeConsolidationTheNarrativeSectionsSaySo() throws IOException {
        String text = text(UpwardReportDocument.of(heading(), summary(null)));

        assertThat(text).contains("ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: …/BC-UBND", "Ninh Bình, ngày … tháng … năm 2027",
                "Kết quả thực hiện Kế hoạch số 151/KH-UBND 6 tháng đầu năm 2027",
                "Chưa tiếp nhận báo cáo của: UBND huyện Yên Mô.", "55.000", "-90,77", "840.000.000",
                "II. KHÓ KHĂN, VƯỚNG MẮC", "III. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:", "- Bộ Nông nghiệp và Môi trường;",
                "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "4. Thiếu hụt các dịch vụ xã hội cơ bản", "Y tế (người)");
        assertThat(text.split(Pattern.quote(UpwardReportDocument.NOT_CONSOLIDATED), -1)).hasSize(4);
    }

    @Test
    void afterConsolidationEachSectionHasItsText() throws IOException {
        ReportingStore.Consolidation consolidation = new ReportingStore.Consolidation("Giảm nghèo vượt kế hoạch",
                "Thiếu vốn tín dụng\nHộ nghèo già yếu khó thoát nghèo", "Bổ sung vốn cho hộ cận nghèo", "canbo",
                Instant.parse("2027-07-01T01:00:00Z"), null);

        String text = text(UpwardReportDocument.of(heading(), summary(consolidation)));

        assertThat(text).doesNotContain(UpwardReportDocument.NOT_CONSOLIDATED)
            .containsSubsequence("I. KẾT QUẢ THỰC HIỆN", "Giảm nghèo vượt kế hoạch", "II. KHÓ KHĂN, VƯỚNG MẮC",
                    "Thiếu vốn tín dụng", "Hộ nghèo già yếu khó thoát nghèo", "III. ĐỀ XUẤT, KIẾN NGHỊ",
                    "Bổ sung vốn cho hộ cận nghèo");
    }

    static String text(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

}
