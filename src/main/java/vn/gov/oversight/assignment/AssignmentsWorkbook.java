package vn.gov.oversight.assignment;

import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import vn.gov.oversight.system.PeopleDates;
import vn.gov.oversight.system.Workbooks;

/** The assignments the caller sees, with the list's filters, as a workbook. */
final class AssignmentsWorkbook {

    static final String[] HEADERS = { "Số", "Kế hoạch", "Nhiệm vụ", "Nội dung", "Cơ quan chủ trì", "Thời hạn",
            "Bước hiện tại", "Hạn của bước", "Ngày hoàn thành", "Kết quả" };

    private AssignmentsWorkbook() {
    }

    static byte[] of(List<Assignment> assignments, Function<String, String> agencyNames) {
        return Workbooks.write(workbook -> {
            Sheet sheet = workbook.createSheet("Nhiệm vụ được giao");
            Workbooks.headerRow(sheet, 0, HEADERS, Workbooks.header(workbook));
            int r = 1;
            for (Assignment assignment : assignments) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(assignment.id());
                line.createCell(1).setCellValue(assignment.planCode());
                line.createCell(2).setCellValue(assignment.taskCode());
                line.createCell(3).setCellValue(assignment.taskTitle());
                line.createCell(4).setCellValue(agencyNames.apply(assignment.agencyCode()));
                line.createCell(5).setCellValue(PeopleDates.day(assignment.dueDate()));
                line.createCell(6).setCellValue(assignment.stageLabel());
                line.createCell(7)
                    .setCellValue(
                            assignment.stageDueAt() == null ? "" : PeopleDates.day(Date.from(assignment.stageDueAt())));
                line.createCell(8)
                    .setCellValue(assignment.completedOn() == null ? "" : PeopleDates.day(assignment.completedOn()));
                line.createCell(9)
                    .setCellValue(
                            assignment.outcome() == null ? "" : assignment.outcome() == Assignment.Outcome.DONE_ON_TIME
                                    ? "Hoàn thành đúng hạn" : "Hoàn thành quá hạn");
            }
            sheet.setColumnWidth(3, 60 * 256);
            sheet.setColumnWidth(4, 35 * 256);
            sheet.setColumnWidth(6, 25 * 256);
        });
    }

}
