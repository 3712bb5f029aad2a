package vn.gov.oversight.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.gov.oversight.organization.Agency;
import vn.gov.oversight.organization.Directory;

/**
 * The province's report of a period as it is sent upward (issue #12): a Word report with
 * the narrative sections the coordinator consolidated, and its annex workbook with the
 * same figures ({@link UpwardReportLines}).
 */
@Component
class UpwardReport {

    private final ProvinceSettings province;

    private final Directory directory;

    private final Targets targets;

    UpwardReport(ProvinceSettings province, Directory directory, Targets targets) {
        this.province = province;
        this.directory = directory;
        this.targets = targets;
    }

    byte[] document(Reports.Summary summary) {
        return UpwardReportDocument.of(heading(summary), summary);
    }

    /**
     * The annex: the workbook of the consolidation under the title of the report it goes
     * with.
     */
    byte[] workbook(Reports.Summary summary) {
        UpwardReportDocument.Heading heading = heading(summary);
        return SummaryWorkbook.of(summary,
                List.of(("Biểu tổng hợp kết quả thực hiện Kế hoạch số " + heading.plan() + " " + heading.period())
                    .toUpperCase(Locale.forLanguageTag("vi-VN")),
                        "(Kèm theo Báo cáo số …/BC-UBND ngày … tháng … năm " + heading.year()
                                + " của Ủy ban nhân dân tỉnh " + heading.province() + ")"));
    }

    private UpwardReportDocument.Heading heading(Reports.Summary summary) {
        ReportingPeriods.Period period = new ReportingPeriods.Period(summary.period(), summary.kind(),
                summary.cutOffFrom(), summary.cutOffTo(), summary.reportersDueDate(), summary.dueDate());
        List<String> recipients = new ArrayList<>(province.reportRecipients());
        directory.coordinatorOn(directory.today())
            .flatMap(directory::agency)
            .map(Agency::name)
            .filter(name -> !recipients.contains(name))
            .ifPresent(recipients::add);
        recipients.add("Lưu: VT");
        return new UpwardReportDocument.Heading(province.name(), targets.reportingPlan(),
                ReportingPeriods.inWords(period), directory.today().getYear(), recipients);
    }

}
