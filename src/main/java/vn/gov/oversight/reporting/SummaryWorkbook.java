package vn.gov.oversight.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.gov.oversight.system.PeopleDates;
import vn.gov.oversight.system.Workbooks;

/**
 * The consolidation of a period as a workbook in the layout of a "biểu mẫu": a sheet
 * "Tổng hợp" with one row per reporting agency (figures of accepted reports only, as in
 * the sums), the province's total and where it stands against the baseline and the
 * targets, and a sheet "Chính sách" with the reach of each support policy. Rows and
 * columns come from {@link UpwardReportLines}; the caller gives the title (the
 * coordinator's working copy, or the annex of the report sent upward).
 */
final class SummaryWorkbook {

    static final String TOTAL = "Tổng cộng toàn tỉnh";

    private SummaryWorkbook() {
    }

    /** The coordinator's working copy. */
    static byte[] of(Reports.Summary summary) {
        return of(summary, List.of("BÁO CÁO TỔNG HỢP KẾT QUẢ GIẢM NGHÈO " + summary.kind().label().toUpperCase()
                + " KỲ " + summary.period()));
    }

    /**
     * @param title the lines above the tables, the first in bold
     */
    static byte[] of(Reports.Summary summary, List<String> title) {
        return Workbooks.write(workbook -> {
            Styles styles = new Styles(workbook);
            households(workbook.createSheet("Tổng hợp"), summary, title, styles);
            policies(workbook.createSheet("Chính sách"), summary, title, styles);
        });
    }

    private static void households(Sheet sheet, Reports.Summary summary, List<String> title, Styles styles) {
        int r = heading(sheet, summary, title, styles);
        List<String> headers = new ArrayList<>(List.of("STT", "Đơn vị", "Tình trạng báo cáo"));
        UpwardReportLines.INDICATORS.forEach(indicator -> headers.add(indicator.header()));
        Workbooks.headerRow(sheet, r++, headers.toArray(String[]::new), styles.header);
        int index = 1;
        for (Reports.AgencyReport agency : summary.agencies()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(index++);
            text(row, 1, agency.name(), null);
            text(row, 2, UpwardReportLines.status(agency), null);
            if (UpwardReportLines.counted(agency)) {
                for (int i = 0; i < UpwardReportLines.INDICATORS.size(); i++) {
                    value(row, 3 + i, UpwardReportLines.INDICATORS.get(i).ofAgency().apply(agency), styles, false);
                }
            }
        }
        Row total = sheet.createRow(r++);
        text(total, 1, TOTAL, styles.bold);
        for (int i = 0; i < UpwardReportLines.INDICATORS.size(); i++) {
            value(total, 3 + i, UpwardReportLines.INDICATORS.get(i).ofProvince().apply(summary.totals()), styles, true);
        }
        r = lines(sheet, r + 1, "ĐÁNH GIÁ SO VỚI NĂM GỐC VÀ CHỈ TIÊU", "Chỉ tiêu", UpwardReportLines.progress(summary),
                styles);
        lines(sheet, r + 1, "THIẾU HỤT DỊCH VỤ XÃ HỘI CƠ BẢN (số hộ nghèo, hộ cận nghèo thiếu hụt)", "Chỉ số thiếu hụt",
                UpwardReportLines.deficits(summary), styles);
        widths(sheet, headers.size());
    }

    /**
     * A titled table of lines (label, unit, value) from row {@code r}; answers the next
     * free row.
     */
    private static int lines(Sheet sheet, int r, String title, String labelHeader, List<UpwardReportLines.Line> lines,
            Styles styles) {
        text(sheet.createRow(r++), 0, title, styles.bold);
        Workbooks.headerRow(sheet, r++, new String[] { "STT", labelHeader, "Đơn vị tính", "Kết quả" }, styles.header);
        int index = 1;
        for (UpwardReportLines.Line line : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(index++);
            text(row, 1, line.label(), null);
            text(row, 2, line.unit(), null);
            value(row, 3, line.value(), styles, false);
        }
        return r;
    }

    private static void policies(Sheet sheet, Reports.Summary summary, List<String> title, Styles styles) {
        List<String> heading = new ArrayList<>(title);
        heading.add(0, "BAO PHỦ CÁC CHÍNH SÁCH HỖ TRỢ HỘ NGHÈO, HỘ CẬN NGHÈO");
        int r = heading(sheet, summary, heading, styles);
        List<String> headers = new ArrayList<>(List.of("STT", "Chính sách"));
        UpwardReportLines.POLICY_COLUMNS.forEach(column -> headers.add(column.header()));
        Workbooks.headerRow(sheet, r++, headers.toArray(String[]::new), styles.header);
        int index = 1;
        for (UpwardReportLines.Policy policy : UpwardReportLines.policies(summary)) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(index++);
            text(row, 1, policy.label(), null);
            for (int i = 0; i < UpwardReportLines.POLICY_COLUMNS.size(); i++) {
                value(row, 2 + i, UpwardReportLines.POLICY_COLUMNS.get(i).value().apply(policy), styles, false);
            }
        }
        widths(sheet, headers.size());
    }

    /** The title, the data window and which reports are in; answers the next free row. */
    private static int heading(Sheet sheet, Reports.Summary summary, List<String> title, Styles styles) {
        int r = 0;
        for (String line : title) {
            text(sheet.createRow(r), 0, line, r == 0 ? styles.bold : null);
            r++;
        }
        Reports.Totals totals = summary.totals();
        if (summary.formerProvince() != null) {
            text(sheet.createRow(r++), 0, "Địa bàn: các xã, phường thuộc tỉnh cũ '" + summary.formerProvince()
                    + "' (không gồm báo cáo của các sở, ngành)", null);
        }
        text(sheet.createRow(r++), 0,
                "Số liệu từ " + PeopleDates.day(summary.cutOffFrom()) + " đến " + PeopleDates.day(summary.cutOffTo())
                        + "; hạn các cơ quan gửi " + PeopleDates.day(summary.reportersDueDate()) + "; hạn tỉnh gửi "
                        + PeopleDates.day(summary.dueDate()) + "; đã tiếp nhận " + totals.reportsAccepted() + "/"
                        + totals.reportsExpected() + " báo cáo",
                null);
        List<String> missing = UpwardReportLines.missing(summary);
        if (!missing.isEmpty()) {
            text(sheet.createRow(r++), 0, "Chưa tiếp nhận báo cáo của: " + String.join(", ", missing), null);
        }
        return r + 1;
    }

    private static void widths(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, c == 0 ? 6 * 256 : c == 1 ? 45 * 256 : 18 * 256);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /**
     * A number as a number (whole or with two decimals), an assessment as its words,
     * nothing when unknown.
     */
    private static void value(Row row, int column, Object value, Styles styles, boolean bold) {
        if (value instanceof BigDecimal decimal) {
            Cell cell = row.createCell(column);
            cell.setCellValue(decimal.doubleValue());
            cell.setCellStyle(styles.decimal);
        }
        else if (value instanceof Number number) {
            Cell cell = row.createCell(column);
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(bold ? styles.boldWhole : styles.whole);
        }
        else if (value != null) {
            text(row, column, value.toString(), bold ? styles.bold : null);
        }
    }

    private static final class Styles {

        final CellStyle bold;

        final CellStyle header;

        final CellStyle whole;

        final CellStyle boldWhole;

        final CellStyle decimal;

        Styles(Workbook workbook) {
            bold = Workbooks.bold(workbook);
            header = Workbooks.header(workbook);
            header.setBorderTop(BorderStyle.THIN);
            whole = workbook.createCellStyle();
            whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            boldWhole = workbook.createCellStyle();
            boldWhole.cloneStyleFrom(bold);
            boldWhole.setDataFormat(whole.getDataFormat());
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        }

    }

}
