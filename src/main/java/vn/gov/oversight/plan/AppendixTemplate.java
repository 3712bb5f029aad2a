package vn.gov.oversight.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static vn.gov.oversight.plan.AppendixColumn.DEADLINE;
import static vn.gov.oversight.plan.AppendixColumn.NUMBER;

/**
 * Writes the downloadable template of a plan's appendix: the sheet "Phụ lục" with the
 * table's header and a few example rows, and the sheet "Hướng dẫn" explaining how to fill
 * it in.
 */
final class AppendixTemplate {

    static final String APPENDIX_SHEET = "Phụ lục";
    static final String GUIDE_SHEET = "Hướng dẫn";
    static final String TITLE = "PHỤ LỤC NHIỆM VỤ KẾ HOẠCH";

    private static final List<AppendixColumn> COLUMNS = List.of(AppendixColumn.values());

    private static final int[] COLUMN_WIDTHS = { 7, 60, 28, 32, 26, 32 };

    private static final int HEADER_ROW = 3;

    // Rows below the examples that get the table's text formats, ready to be typed into.
    private static final int PREPARED_ROWS = 200;

    // Example rows: STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian hoàn
    // thành, Sản phẩm.
    // Their deadlines name no year, so the template reads without problems whatever the
    // plan's date.
    private static final List<List<String>> EXAMPLES = List.of(
            List.of("I", "Tăng cường công tác lãnh đạo, chỉ đạo", "", "", "", ""),
            List.of("1", "Quán triệt, tuyên truyền nội dung Kế hoạch đến cán bộ, đảng viên và Nhân dân", "so-ldtbxh",
                    "so-y-te; ubnd-yen-mo", "Thường xuyên", "Hội nghị quán triệt, tin bài tuyên truyền"),
            List.of("2", "Xây dựng kế hoạch thực hiện hằng năm của ngành, địa phương", "so-ldtbxh, ubnd-yen-mo",
                    "so-y-te", "Hằng năm, trước ngày 15/12", "Kế hoạch hằng năm"),
            List.of("II", "Thực hiện các chính sách giảm nghèo", "", "", "", ""),
            List.of("1", "Hỗ trợ mua thẻ bảo hiểm y tế cho người nghèo, người cận nghèo", "so-y-te",
                    "so-ldtbxh\nubnd-yen-mo", "Hằng năm", "Báo cáo kết quả thực hiện"));

    private static final List<List<String>> GUIDE = List.of(
            List.of("Cách dùng", "Ghi các nhiệm vụ của phụ lục vào trang \"Phụ lục\", mỗi nhiệm vụ một dòng, dưới dòng "
                    + "tiêu đề của bảng. Giữ nguyên tên các cột; có thể đổi thứ tự các cột và ghi tên, số kế hoạch "
                    + "phía trên bảng (dòng tiêu đề của bảng phải nằm trong 10 dòng đầu). Xóa các dòng ví dụ trước khi "
                    + "nhập. Tệp chỉ được nhập khi không có lỗi nào: nếu có lỗi, hệ thống liệt kê mọi lỗi kèm số dòng "
                    + "và tên cột, và không tạo nhiệm vụ nào. Mỗi phụ lục có tối đa 2.000 nhiệm vụ."),
            List.of("STT", "Dòng nhóm nhiệm vụ: ghi số La Mã (I, II, III, IV…) và ghi tên nhóm ở cột \"Nhiệm vụ\", để "
                    + "trống các cột khác. Dòng nhiệm vụ: ghi số (1, 2, 3… hoặc 1.1, 1.2…). Mã của nhiệm vụ gồm số "
                    + "của nhóm và STT, ví dụ nhiệm vụ 3 của nhóm II có mã 2.3; không được có hai nhiệm vụ cùng mã. "
                    + "Nếu phụ lục không chia nhóm, mã là STT."),
            List.of("Nhiệm vụ", "Bắt buộc. Tên nhiệm vụ, tối đa 2.000 ký tự."),
            List.of("Cơ quan chủ trì", "Bắt buộc, ít nhất một cơ quan. Ghi mã cơ quan (ví dụ: so-y-te) hoặc tên "
                    + "đầy đủ đúng như trong danh mục cơ quan (ví dụ: Sở Y tế), không phân biệt chữ hoa, chữ "
                    + "thường. Nhiều cơ quan thì ngăn cách bằng dấu phẩy (,), dấu chấm phẩy (;) hoặc xuống dòng "
                    + "trong ô (Alt+Enter)."),
            List.of("Cơ quan phối hợp",
                    "Không bắt buộc. Ghi như cột \"Cơ quan chủ trì\". Một cơ quan không được "
                            + "vừa chủ trì vừa phối hợp trong cùng một nhiệm vụ."),
            List.of("Thời gian hoàn thành", "Bắt buộc. Ghi theo một trong các dạng dưới đây (có dấu hay không dấu, "
                    + "chữ hoa hay chữ thường đều được). Hạn hoàn thành không được trước ngày ban hành kế hoạch."),
            List.of("   30/06/2026, 30/6/2026, 2026-06-30", "Thực hiện một lần, hạn là ngày đó."),
            List.of("   Tháng 6/2026, Tháng 6 năm 2026", "Thực hiện một lần, hạn là ngày cuối tháng (30/06/2026)."),
            List.of("   Quý II/2026, Quý 2 năm 2026", "Thực hiện một lần, hạn là ngày cuối quý (30/06/2026)."),
            List.of("   Năm 2026, 2026", "Thực hiện một lần, hạn là ngày 31/12/2026."),
            List.of("   Hằng năm (hoặc Hàng năm)", "Thực hiện hằng năm. Có thể ghi kèm ngày, ví dụ: \"Hằng năm, trước "
                    + "ngày 15/12\": hạn lần đầu là ngày đó của năm ban hành kế hoạch (nếu ngày đó đã qua thì là "
                    + "của năm sau); nếu không ghi ngày, hạn lần đầu là 31/12 của năm ban hành kế hoạch."),
            List.of("   Thường xuyên", "Thực hiện thường xuyên; mốc đầu tiên là 31/12 của năm ban hành kế hoạch."),
            List.of("Sản phẩm", "Không bắt buộc. Kết quả, sản phẩm đầu ra của nhiệm vụ (ví dụ: kế hoạch, báo cáo, "
                    + "quyết định…)."));

    private AppendixTemplate() {
    }

    static byte[] write() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            writeAppendix(workbook.createSheet(APPENDIX_SHEET), styles);
            writeGuide(workbook.createSheet(GUIDE_SHEET), styles);
            workbook.write(bytes);
            return bytes.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot write the appendix template in memory", e);
        }
    }

    private static void writeAppendix(Sheet sheet, Styles styles) {
        int lastColumn = COLUMNS.size() - 1;
        mergedLine(sheet, 0, lastColumn, TITLE, styles.title);
        mergedLine(sheet, 1, lastColumn,
                "(Kèm theo Kế hoạch số       /KH-UBND ngày     tháng     năm       " + "của Ủy ban nhân dân tỉnh)",
                styles.subtitle);
        Row header = sheet.createRow(HEADER_ROW);
        for (int column = 0; column <= lastColumn; column++) {
            cell(header, column, COLUMNS.get(column).header, styles.header);
            sheet.setColumnWidth(column, COLUMN_WIDTHS[column] * 256);
        }
        int rowIndex = HEADER_ROW + 1;
        for (List<String> example : EXAMPLES) {
            Row row = sheet.createRow(rowIndex++);
            boolean group = RomanNumerals.parse(example.get(0)).isPresent();
            for (int column = 0; column <= lastColumn; column++) {
                cell(row, column, example.get(column), styles.forBody(COLUMNS.get(column), group));
            }
        }
        for (int end = rowIndex + PREPARED_ROWS; rowIndex < end; rowIndex++) {
            Row row = sheet.createRow(rowIndex);
            for (int column = 0; column <= lastColumn; column++) {
                row.createCell(column).setCellStyle(styles.forBody(COLUMNS.get(column), false));
            }
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.getPrintSetup().setLandscape(true);
    }

    private static void writeGuide(Sheet sheet, Styles styles) {
        mergedLine(sheet, 0, 1, "HƯỚNG DẪN GHI PHỤ LỤC NHIỆM VỤ KẾ HOẠCH", styles.title);
        Row header = sheet.createRow(2);
        cell(header, 0, "Mục", styles.header);
        cell(header, 1, "Cách ghi", styles.header);
        int rowIndex = 3;
        for (List<String> line : GUIDE) {
            Row row = sheet.createRow(rowIndex++);
            boolean column = !line.get(0).startsWith(" ");
            cell(row, 0, line.get(0).strip(), column ? styles.bold : styles.body);
            cell(row, 1, line.get(1), styles.body);
        }
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    private static void mergedLine(Sheet sheet, int rowIndex, int lastColumn, String text, CellStyle style) {
        cell(sheet.createRow(rowIndex), 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, lastColumn));
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
    }

    /**
     * The template's cell styles; a workbook has a limited number of styles, so each is
     * made once.
     */
    private static final class Styles {

        final CellStyle title;

        final CellStyle subtitle;

        final CellStyle header;

        final CellStyle body;

        final CellStyle bold;

        // STT and deadline cells are text, so that Excel keeps "1.10" and "6/5/2026" as
        // typed instead of
        // making them the number 1.1 or a date read in the computer's locale (5 June in
        // en-US).
        final CellStyle bodyText;

        final CellStyle groupText;

        final CellStyle group;

        Styles(Workbook workbook) {
            Font boldFont = font(workbook, true, false, 11);
            title = workbook.createCellStyle();
            title.setFont(font(workbook, true, false, 14));
            title.setAlignment(HorizontalAlignment.CENTER);
            subtitle = workbook.createCellStyle();
            subtitle.setFont(font(workbook, false, true, 11));
            subtitle.setAlignment(HorizontalAlignment.CENTER);

            header = bordered(workbook);
            header.setFont(boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            body = bordered(workbook);
            bold = bordered(workbook);
            bold.setFont(boldFont);
            group = bordered(workbook);
            group.setFont(boldFont);
            short text = workbook.createDataFormat().getFormat("@");
            bodyText = bordered(workbook);
            bodyText.setDataFormat(text);
            groupText = bordered(workbook);
            groupText.setFont(boldFont);
            groupText.setDataFormat(text);
        }

        CellStyle forBody(AppendixColumn column, boolean groupRow) {
            boolean text = column == NUMBER || column == DEADLINE;
            if (groupRow) {
                return text ? groupText : group;
            }
            return text ? bodyText : body;
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }

        private static Font font(Workbook workbook, boolean bold, boolean italic, int points) {
            Font font = workbook.createFont();
            font.setBold(bold);
            font.setItalic(italic);
            font.setFontHeightInPoints((short) points);
            return font;
        }

    }

}
