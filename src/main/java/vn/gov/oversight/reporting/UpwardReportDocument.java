package vn.gov.oversight.reporting;

import static vn.gov.oversight.system.WordDocuments.paragraph;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.gov.oversight.system.PeopleDates;
import vn.gov.oversight.system.WordDocuments;

/**
 * The province's report of a period as a Word document in the layout of an administrative
 * report (Decree 30/2020/NĐ-CP): the heading with the issuing body and the national
 * motto, number, place and date left for the clerk, the title, I. results with the
 * figures of {@link UpwardReportLines}, II. difficulties, III. proposals, then the
 * recipients and the signature block.
 */
final class UpwardReportDocument {

    /** What a section says while the coordinator has not consolidated the period. */
    static final String NOT_CONSOLIDATED = "(chưa tổng hợp)";

    /**
     * What a section says for a period consolidated before the narrative had three
     * sections.
     */
    static final String NOT_SEPARATE = "(báo cáo tổng hợp không ghi riêng mục này)";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private UpwardReportDocument() {
    }

    /**
     * What the report says besides the figures.
     *
     * @param province the province's name ("Ninh Bình"), which is also the place of the
     * report
     * @param plan the number of the plan the report is about ("151/KH-UBND")
     * @param period the period in the words of a title ("6 tháng đầu năm 2027")
     * @param year the year the report is drawn up in
     * @param recipients the "Nơi nhận" block, in order
     */
    record Heading(String province, String plan, String period, int year, List<String> recipients) {
    }

    static byte[] of(Heading heading, Reports.Summary summary) {
        return WordDocuments.write(document -> {
            header(document, heading);
            paragraph(document,
                    summary.kind() == RegimeKind.PRELIMINARY_REVIEW || summary.kind() == RegimeKind.FINAL_REVIEW
                            ? summary.kind().label().toUpperCase(VIETNAMESE) : "BÁO CÁO",
                    true, ParagraphAlignment.CENTER);
            String subject = "Kết quả thực hiện Kế hoạch số " + heading.plan() + " " + heading.period();
            paragraph(document, subject, true, ParagraphAlignment.CENTER);
            paragraph(document,
                    "Thực hiện Kế hoạch số " + heading.plan() + ", Ủy ban nhân dân tỉnh " + heading.province()
                            + " báo cáo kết quả thực hiện " + heading.period() + " (số liệu từ "
                            + PeopleDates.day(summary.cutOffFrom()) + " đến " + PeopleDates.day(summary.cutOffTo())
                            + ") như sau:",
                    false, ParagraphAlignment.BOTH);

            ReportingStore.Consolidation consolidation = summary.consolidation();
            paragraph(document, "I. KẾT QUẢ THỰC HIỆN", true, ParagraphAlignment.LEFT);
            paragraph(document, "1. Đánh giá chung", true, ParagraphAlignment.LEFT);
            WordDocuments.text(document,
                    section(consolidation, consolidation == null ? null : consolidation.results()));
            paragraph(document, "2. Kết quả các chỉ tiêu", true, ParagraphAlignment.LEFT);
            Reports.Totals totals = summary.totals();
            paragraph(document, "Tổng hợp từ báo cáo đã tiếp nhận của " + totals.reportsAccepted() + "/"
                    + totals.reportsExpected() + " đơn vị.", false, ParagraphAlignment.BOTH);
            List<String> missing = UpwardReportLines.missing(summary);
            if (!missing.isEmpty()) {
                paragraph(document, "Chưa tiếp nhận báo cáo của: " + String.join(", ", missing) + ".", false,
                        ParagraphAlignment.BOTH);
            }
            figures(document, UpwardReportLines.figures(summary));
            paragraph(document, "3. Bao phủ các chính sách hỗ trợ hộ nghèo, hộ cận nghèo", true,
                    ParagraphAlignment.LEFT);
            policies(document, UpwardReportLines.policies(summary));
            paragraph(document, "4. Thiếu hụt các dịch vụ xã hội cơ bản", true, ParagraphAlignment.LEFT);
            figures(document, UpwardReportLines.deficits(summary));

            paragraph(document, "II. KHÓ KHĂN, VƯỚNG MẮC", true, ParagraphAlignment.LEFT);
            WordDocuments.text(document,
                    section(consolidation, consolidation == null ? null : consolidation.difficulties()));
            paragraph(document, "III. ĐỀ XUẤT, KIẾN NGHỊ", true, ParagraphAlignment.LEFT);
            WordDocuments.text(document,
                    section(consolidation, consolidation == null ? null : consolidation.proposals()));
            paragraph(document,
                    "Trên đây là báo cáo " + subject.substring(0, 1).toLowerCase(VIETNAMESE) + subject.substring(1)
                            + " của Ủy ban nhân dân tỉnh " + heading.province() + "./.",
                    false, ParagraphAlignment.BOTH);
            footer(document, heading);
        });
    }

    private static String section(ReportingStore.Consolidation consolidation, String text) {
        if (consolidation == null) {
            return NOT_CONSOLIDATED;
        }
        return text == null || text.isBlank() ? NOT_SEPARATE : text;
    }

    /**
     * The issuing body and the number on the left, the national motto, place and date on
     * the right.
     */
    private static void header(XWPFDocument document, Heading heading) {
        XWPFTable table = borderless(document);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        line(left, "ỦY BAN NHÂN DÂN", true, false);
        line(left, "TỈNH " + heading.province().toUpperCase(VIETNAMESE), true, false);
        line(left, "Số: …/BC-UBND", false, false);
        line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false);
        line(right, "Độc lập - Tự do - Hạnh phúc", true, false);
        line(right, heading.province() + ", ngày … tháng … năm " + heading.year(), false, true);
    }

    /** The recipients on the left, the signature block on the right. */
    private static void footer(XWPFDocument document, Heading heading) {
        XWPFTable table = borderless(document);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph title = line(left, "Nơi nhận:", true, true);
        title.setAlignment(ParagraphAlignment.LEFT);
        List<String> recipients = heading.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            line(left, "- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ";"), false, false)
                .setAlignment(ParagraphAlignment.LEFT);
        }
        line(right, "TM. ỦY BAN NHÂN DÂN", true, false);
        line(right, "CHỦ TỊCH", true, false);
    }

    private static XWPFTable borderless(XWPFDocument document) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        return table;
    }

    /** A centred line in a cell: the cell's first paragraph, then new ones. */
    private static XWPFParagraph line(XWPFTableCell cell, String text, boolean bold, boolean italic) {
        XWPFParagraph paragraph = cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
                ? cell.getParagraphs().get(0) : cell.addParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        WordDocuments.run(paragraph, text, bold).setItalic(italic);
        return paragraph;
    }

    private static void figures(XWPFDocument document, List<UpwardReportLines.Line> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            UpwardReportLines.Line line = lines.get(i);
            rows.add(List.of(String.valueOf(i + 1), line.label(), line.unit(), formatted(line.value())));
        }
        table(document, List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả"), rows);
    }

    private static void policies(XWPFDocument document, List<UpwardReportLines.Policy> policies) {
        List<String> headers = new ArrayList<>(List.of("STT", "Chính sách"));
        UpwardReportLines.POLICY_COLUMNS.forEach(column -> headers.add(column.header()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            UpwardReportLines.Policy policy = policies.get(i);
            List<String> row = new ArrayList<>(List.of(String.valueOf(i + 1), policy.label()));
            UpwardReportLines.POLICY_COLUMNS.forEach(column -> row.add(formatted(column.value().apply(policy))));
            rows.add(row);
        }
        table(document, headers, rows);
    }

    private static void table(XWPFDocument document, List<String> headers, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        for (int c = 0; c < headers.size(); c++) {
            cell(table.getRow(0).getCell(c), headers.get(c), true);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < headers.size(); c++) {
                cell(table.getRow(r + 1).getCell(c), rows.get(r).get(c), false);
            }
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        WordDocuments.run(cell.getParagraphs().get(0), text, bold);
    }

    /**
     * Numbers as Vietnamese write them (55.000; -90,77), an assessment as its words,
     * nothing when unknown.
     */
    static String formatted(Object value) {
        if (value instanceof Number number) {
            NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
            format.setMaximumFractionDigits(value instanceof BigDecimal ? Progress.PERCENT_SCALE : 0);
            return format.format(number);
        }
        return value == null ? "" : value.toString();
    }

}
