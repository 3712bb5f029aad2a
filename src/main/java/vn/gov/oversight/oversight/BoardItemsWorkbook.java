package vn.gov.oversight.oversight;

import java.util.Date;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import vn.gov.oversight.system.PeopleDates;
import vn.gov.oversight.system.Workbooks;

/** The list behind a number of the board, with the same filters, as a workbook. */
final class BoardItemsWorkbook {

    static final String[] HEADERS = { "STT", "Kế hoạch", "Nhóm nhiệm vụ", "Nhiệm vụ", "Nội dung", "Cơ quan chủ trì",
            "Thời hạn", "Bước hiện tại", "Hạn tính đến", "Tình trạng", "Số ngày quá hạn", "Ngày hoàn thành" };

    private BoardItemsWorkbook() {
    }

    static byte[] of(String title, List<Board.Item> items) {
        return Workbooks.write(workbook -> {
            Sheet sheet = workbook.createSheet("Danh sách nhiệm vụ");
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(Workbooks.bold(workbook));
            Workbooks.headerRow(sheet, 2, HEADERS, Workbooks.header(workbook));
            int r = 3;
            int number = 1;
            for (Board.Item item : items) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(number++);
                line.createCell(1).setCellValue(item.planCode());
                line.createCell(2).setCellValue(item.taskGroup());
                line.createCell(3).setCellValue(item.taskCode());
                line.createCell(4).setCellValue(item.taskTitle());
                line.createCell(5).setCellValue(item.agencyName());
                line.createCell(6).setCellValue(PeopleDates.day(item.dueDate()));
                line.createCell(7).setCellValue(item.stageLabel());
                line.createCell(8).setCellValue(PeopleDates.day(Date.from(item.dueAt())));
                line.createCell(9).setCellValue(item.statusLabel());
                line.createCell(10).setCellValue(item.daysOverdue());
                line.createCell(11).setCellValue(item.completedOn() == null ? "" : PeopleDates.day(item.completedOn()));
            }
            sheet.setColumnWidth(2, 35 * 256);
            sheet.setColumnWidth(4, 60 * 256);
            sheet.setColumnWidth(5, 35 * 256);
            sheet.setColumnWidth(7, 25 * 256);
            sheet.setColumnWidth(9, 25 * 256);
        });
    }

}
