package vn.gov.oversight.oversight;

import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import vn.gov.oversight.system.PeopleDates;
import vn.gov.oversight.system.Workbooks;

/**
 * The board as a workbook: one row per agency the caller sees, with the same counts as
 * the JSON, and the totals.
 */
final class BoardWorkbook {

    static final String[] HEADERS = { "STT", "Mã cơ quan", "Cơ quan", "Chưa hoàn thành", "Sắp đến hạn", "Quá hạn",
            "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang chuyển Ban Chỉ đạo", "Khắc phục quá hạn" };

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private BoardWorkbook() {
    }

    static byte[] of(Board.View view) {
        return Workbooks.write(workbook -> {
            CellStyle bold = Workbooks.bold(workbook);

            Sheet sheet = workbook.createSheet("Theo dõi nhiệm vụ");
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue("BẢNG THEO DÕI THỰC HIỆN NHIỆM VỤ CỦA CÁC CƠ QUAN");
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.createRow(r++)
                .createCell(0)
                .setCellValue("Số liệu lúc " + view.at().atZone(PeopleDates.VIETNAM).format(MOMENT)
                        + filterText(view.filter()));
            r++;
            Workbooks.headerRow(sheet, r++, HEADERS, Workbooks.header(workbook));
            int number = 1;
            for (Board.Row row : view.agencies()) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(number++);
                line.createCell(1).setCellValue(row.agency());
                line.createCell(2).setCellValue(row.name());
                counts(line, row.open(), row.dueSoon(), row.overdue(), row.doneOnTime(), row.doneLate(),
                        row.escalated(), row.overdueRemediations());
            }
            Row total = sheet.createRow(r);
            total.createCell(2).setCellValue("Tổng cộng");
            total.getCell(2).setCellStyle(bold);
            Board.Counts totals = view.totals();
            counts(total, totals.open(), totals.dueSoon(), totals.overdue(), totals.doneOnTime(), totals.doneLate(),
                    totals.escalated(), totals.overdueRemediations());
            sheet.setColumnWidth(1, 20 * 256);
            sheet.setColumnWidth(2, 50 * 256);
            for (int c = 3; c < HEADERS.length; c++) {
                sheet.setColumnWidth(c, 14 * 256);
            }
        });
    }

    private static String filterText(BoardFilter filter) {
        StringBuilder text = new StringBuilder();
        if (filter.plan() != null) {
            text.append("; kế hoạch ").append(filter.plan());
        }
        if (filter.group() != null) {
            text.append("; nhóm nhiệm vụ: ").append(filter.group());
        }
        if (filter.period() != null) {
            text.append("; kỳ ").append(filter.period());
        }
        return text.toString();
    }

    private static void counts(Row line, long... counts) {
        for (int i = 0; i < counts.length; i++) {
            line.createCell(3 + i).setCellValue(counts[i]);
        }
    }

}
