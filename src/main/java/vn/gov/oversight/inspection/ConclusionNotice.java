package vn.gov.oversight.inspection;

import static vn.gov.oversight.system.WordDocuments.paragraph;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

import vn.gov.oversight.inspection.Inspection.Finding;
import vn.gov.oversight.organization.Agency;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.system.PeopleDates;
import vn.gov.oversight.system.WordDocuments;

/**
 * The conclusion notice (thông báo kết luận), or a supervision's recommendations, as a
 * Word document made from the data: number and date, the inspection, the team's
 * conclusion, and a table of the findings with the remediation each requires and its
 * deadline.
 */
@Component
class ConclusionNotice {

    private static final List<String> HEADERS = List.of("STT", "Cơ quan", "Nội dung", "Yêu cầu khắc phục", "Hạn",
            "Tình trạng");

    private final Directory directory;

    ConclusionNotice(Directory directory) {
        this.directory = directory;
    }

    byte[] of(Inspection inspection) {
        return WordDocuments.write(document -> {
            String issuer = inspection.conductedBy() == null ? "" : inspection.conductedBy().toUpperCase();
            paragraph(document, issuer, true, ParagraphAlignment.LEFT);
            paragraph(document, "Số: " + inspection.noticeNumber(), false, ParagraphAlignment.LEFT);
            paragraph(document, "Ngày " + PeopleDates.day(inspection.noticeSignedOn()), false,
                    ParagraphAlignment.RIGHT);
            boolean supervision = inspection.kind() == Inspection.Kind.SUPERVISION;
            paragraph(document, supervision ? "VĂN BẢN KIẾN NGHỊ SAU GIÁM SÁT" : "THÔNG BÁO KẾT LUẬN KIỂM TRA", true,
                    ParagraphAlignment.CENTER);
            paragraph(document, inspection.title(), true, ParagraphAlignment.CENTER);
            paragraph(document,
                    "Cơ quan được " + inspection.kind().label().toLowerCase() + ": "
                            + String.join(", ", inspection.agencies().stream().map(this::name).toList()),
                    false, ParagraphAlignment.LEFT);
            paragraph(document, "Thời gian: từ " + PeopleDates.day(inspection.startsOn()) + " đến "
                    + PeopleDates.day(inspection.endsOn()), false, ParagraphAlignment.LEFT);
            paragraph(document,
                    "Đoàn: " + String.join("; ",
                            inspection.team()
                                .stream()
                                .map(member -> member.userId() + (member.leader() ? " (trưởng đoàn)" : ""))
                                .toList()),
                    false, ParagraphAlignment.LEFT);
            paragraph(document, "I. " + (supervision ? "Nhận xét" : "Kết luận"), true, ParagraphAlignment.LEFT);
            WordDocuments.text(document, inspection.conclusion());
            paragraph(document, "II. " + (supervision ? "Kiến nghị" : "Phát hiện và yêu cầu khắc phục"), true,
                    ParagraphAlignment.LEFT);
            if (inspection.findings().isEmpty()) {
                paragraph(document, "Không có " + inspection.kind().finding() + " phải khắc phục.", false,
                        ParagraphAlignment.LEFT);
            }
            else {
                findings(document, inspection.findings());
            }
            paragraph(document, "Người ký: " + (inspection.noticeSignedBy() == null ? "" : inspection.noticeSignedBy()),
                    false, ParagraphAlignment.RIGHT);
        });
    }

    private void findings(XWPFDocument document, List<Finding> findings) {
        XWPFTable table = document.createTable(findings.size() + 1, HEADERS.size());
        XWPFTableRow header = table.getRow(0);
        for (int column = 0; column < HEADERS.size(); column++) {
            header.getCell(column).setText(HEADERS.get(column));
        }
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            row.getCell(0).setText(String.valueOf(i + 1));
            row.getCell(1).setText(name(finding.agencyCode()));
            row.getCell(2).setText(finding.description());
            row.getCell(3).setText(finding.remediationRequired());
            row.getCell(4).setText(PeopleDates.day(finding.dueDate()));
            row.getCell(5).setText(finding.status() == Inspection.FindingStatus.CLOSED ? "Đã khắc phục" : "Chưa xong");
        }
    }

    private String name(String code) {
        return directory.agency(code).map(Agency::name).orElse(code);
    }

}
