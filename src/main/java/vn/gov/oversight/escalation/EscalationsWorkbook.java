package vn.gov.oversight.escalation;

import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import vn.gov.oversight.system.PeopleDates;
import vn.gov.oversight.system.Workbooks;

/** The list of escalations the caller sees, with the same filters, as a workbook. */
final class EscalationsWorkbook {

    static final String[] HEADERS = { "Số", "Cơ quan", "Việc", "Bước", "Hạn", "Ngày chuyển Ban Chỉ đạo",
            "Số ngày quá hạn", "Tình trạng", "Quyết định", "Nội dung quyết định" };

    private EscalationsWorkbook() {
    }

    static byte[] of(List<Escalation> escalations, Function<String, String> agencyNames) {
        return Workbooks.write(workbook -> {
            Sheet sheet = workbook.createSheet("Việc chuyển Ban Chỉ đạo");
            Workbooks.headerRow(sheet, 0, HEADERS, Workbooks.header(workbook));
            int r = 1;
            for (Escalation escalation : escalations) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(escalation.id());
                line.createCell(1).setCellValue(agencyNames.apply(escalation.agency()));
                line.createCell(2).setCellValue(escalation.title());
                line.createCell(3).setCellValue(escalation.stepLabel());
                line.createCell(4).setCellValue(PeopleDates.day(escalation.dueDate()));
                line.createCell(5).setCellValue(PeopleDates.day(Date.from(escalation.raisedAt())));
                line.createCell(6).setCellValue(escalation.daysOverdue());
                line.createCell(7).setCellValue(escalation.status().label());
                line.createCell(8).setCellValue(escalation.decision() == null ? "" : escalation.decision().label());
                line.createCell(9).setCellValue(content(escalation));
            }
            sheet.setColumnWidth(1, 35 * 256);
            sheet.setColumnWidth(2, 60 * 256);
            sheet.setColumnWidth(3, 30 * 256);
            sheet.setColumnWidth(9, 50 * 256);
        });
    }

    private static String content(Escalation escalation) {
        if (escalation.decision() == null) {
            return "";
        }
        return switch (escalation.decision()) {
            case DIRECT, INSPECT -> nullToEmpty(escalation.directive());
            case EXTEND -> "Đến ngày " + PeopleDates.day(escalation.newDueDate());
            case ACCOUNTABILITY -> nullToEmpty(escalation.accountabilityReport());
            case CLOSE -> nullToEmpty(escalation.closeReason());
        };
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

}
