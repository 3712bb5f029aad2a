package vn.gov.oversight.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.gov.oversight.system.Workbooks;

/**
 * The consolidated report of a period as a workbook: one row per reporting agency (figures of accepted
 * reports only, as in the totals), the province's total, then the progress against the baseline and the
 * coverage of each support policy.
 */
final class SummaryWorkbook {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String[] HEADERS = { "STT", "Đơn vị", "Tình trạng báo cáo", "Tổng số hộ", "Số hộ nghèo cuối kỳ",
            "Số hộ cận nghèo cuối kỳ", "Số hộ thoát nghèo", "Số hộ nghèo phát sinh mới", "Số hộ tái nghèo",
            "Số hộ ra khỏi diện cận nghèo", "Số hộ cận nghèo phát sinh mới", "Kinh phí được phân bổ (đồng)",
            "Kinh phí đã giải ngân (đồng)" };

    private SummaryWorkbook() {
    }

    static byte[] of(Reports.Summary summary) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = Workbooks.bold(workbook);
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(bold);
            header.setBorderBottom(BorderStyle.THIN);
            header.setBorderTop(BorderStyle.THIN);
            header.setWrapText(true);

            Sheet sheet = workbook.createSheet("Tổng hợp");
            int r = 0;
            text(sheet.createRow(r++), 0, "BÁO CÁO TỔNG HỢP KẾT QUẢ GIẢM NGHÈO " + summary.kind().label().toUpperCase()
                    + " KỲ " + summary.period(), bold);
            text(sheet.createRow(r++), 0, "Số liệu từ " + summary.cutOffFrom().format(DATE) + " đến "
                    + summary.cutOffTo().format(DATE) + "; hạn các cơ quan gửi " + summary.reportersDueDate().format(DATE)
                    + "; hạn tỉnh gửi " + summary.dueDate().format(DATE) + "; đã tiếp nhận "
                    + summary.totals().reportsAccepted() + "/" + summary.totals().reportsExpected() + " báo cáo", null);
            r++;
            Row head = sheet.createRow(r++);
            for (int c = 0; c < HEADERS.length; c++) {
                text(head, c, HEADERS[c], header);
            }
            int index = 1;
            for (Reports.AgencyReport agency : summary.agencies()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(index++);
                text(row, 1, agency.name(), null);
                text(row, 2, status(agency), null);
                if ("ACCEPTED".equals(agency.status())) {
                    number(row, 3, agency.totalHouseholds());
                    number(row, 4, agency.poorHouseholds());
                    number(row, 5, agency.nearPoorHouseholds());
                    number(row, 6, agency.exitedPoverty());
                    number(row, 7, agency.newlyPoor());
                    number(row, 8, agency.rePoor());
                    number(row, 9, agency.nearPoorExited());
                    number(row, 10, agency.newlyNearPoor());
                    number(row, 11, agency.budgetAllocated());
                    number(row, 12, agency.budgetDisbursed());
                }
            }
            Reports.Totals totals = summary.totals();
            Row total = sheet.createRow(r++);
            text(total, 1, "Tổng cộng toàn tỉnh", bold);
            long[] sums = { totals.totalHouseholds(), totals.poorHouseholds(), totals.nearPoorHouseholds(),
                    totals.exitedPoverty(), totals.newlyPoor(), totals.rePoor(), totals.nearPoorExited(),
                    totals.newlyNearPoor(), totals.budgetAllocated(), totals.budgetDisbursed() };
            for (int i = 0; i < sums.length; i++) {
                Cell cell = total.createCell(3 + i);
                cell.setCellValue(sums[i]);
                cell.setCellStyle(bold);
            }
            r++;
            Progress.Assessment targets = summary.targets();
            text(sheet.createRow(r++), 0, "TIẾN ĐỘ SO VỚI NĂM " + summary.baseline().year(), bold);
            r = line(sheet, r, "Số hộ nghèo năm " + summary.baseline().year(), targets.baselinePoor());
            r = line(sheet, r, "Số hộ nghèo kỳ này", targets.currentPoor());
            r = line(sheet, r, "Thay đổi (%)", targets.poorChangePercent());
            if (targets.poorTargetCeiling() != null) {
                r = line(sheet, r, "Chỉ tiêu năm " + summary.baseline().targetYear() + ": tối đa",
                        targets.poorTargetCeiling());
                text(sheet.createRow(r++), 0, "Chỉ tiêu số hộ nghèo năm " + summary.baseline().targetYear() + ": "
                        + (targets.poorTargetMet() ? "đạt" : "chưa đạt"), bold);
            } else {
                text(sheet.createRow(r++), 0, "Kế hoạch chưa có chỉ tiêu số hộ nghèo cho kỳ này", bold);
            }
            r = line(sheet, r, "Số hộ cận nghèo năm " + summary.baseline().year(), targets.baselineNearPoor());
            r = line(sheet, r, "Số hộ cận nghèo kỳ này", targets.currentNearPoor());
            r = line(sheet, r, "Số hộ nghèo là đồng bào dân tộc thiểu số", totals.ethnicMinorityPoor());
            r = line(sheet, r, "Số hộ cận nghèo là đồng bào dân tộc thiểu số", totals.ethnicMinorityNearPoor());
            r++;
            text(sheet.createRow(r++), 0, "THIẾU HỤT DỊCH VỤ XÃ HỘI CƠ BẢN (số hộ nghèo, cận nghèo thiếu hụt)", bold);
            for (Deprivation indicator : Deprivation.values()) {
                r = line(sheet, r, indicator.dimension() + ": " + indicator.label(),
                        totals.deficits().getOrDefault(indicator, 0L));
            }
            r++;
            text(sheet.createRow(r++), 0, "BAO PHỦ CHÍNH SÁCH HỖ TRỢ theo báo cáo của sở, ngành (chỉ tiêu 100%)", bold);
            for (Map.Entry<PolicyArea, Progress.Coverage> coverage : targets.coverage().entrySet()) {
                Row row = sheet.createRow(r++);
                text(row, 1, coverage.getKey().label() + " (" + coverage.getKey().unit() + ")", null);
                if (coverage.getValue().percent() != null) {
                    row.createCell(3).setCellValue(coverage.getValue().percent().doubleValue());
                }
                text(row, 4, coverage.getValue().met() ? "đạt" : "chưa đạt", null);
            }
            for (int c = 0; c < HEADERS.length; c++) {
                sheet.setColumnWidth(c, c == 1 ? 45 * 256 : 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String status(Reports.AgencyReport agency) {
        return switch (agency.status()) {
            case "ACCEPTED" -> "DONE_LATE".equals(agency.outcome()) ? "Đã tiếp nhận (gửi muộn)" : "Đã tiếp nhận";
            case "SUBMITTED" -> "Đã gửi, chờ kiểm tra";
            default -> "Chưa gửi";
        };
    }

    private static int line(Sheet sheet, int r, String label, Object value) {
        Row row = sheet.createRow(r);
        text(row, 1, label, null);
        if (value instanceof BigDecimal decimal) {
            row.createCell(3).setCellValue(decimal.doubleValue());
        } else if (value instanceof Number number) {
            row.createCell(3).setCellValue(number.doubleValue());
        }
        return r + 1;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, Number value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }
}
