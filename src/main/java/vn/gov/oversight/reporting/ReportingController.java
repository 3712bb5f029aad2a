package vn.gov.oversight.reporting;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.oversight.system.CurrentUser;
import vn.gov.oversight.system.NotFoundException;
import vn.gov.oversight.system.WordDocuments;
import vn.gov.oversight.system.Workbooks;

/**
 * Reporting periods: the coordinator (or an administrator) opens them; everyone reads the
 * list; those who oversee read the consolidation, its workbook and the province's report
 * sent upward.
 */
@Tag(name = "Kỳ báo cáo",
        description = "Kỳ báo cáo định kỳ, sơ kết, tổng kết; số liệu tổng hợp so với chỉ tiêu; "
                + "bảng tổng hợp .xlsx; báo cáo của tỉnh gửi cấp trên (.docx) và biểu tổng hợp kèm theo (.xlsx).")
@RestController
@RequestMapping("/api/reporting-periods")
class ReportingController {

    private static final String OVERSEES = "hasAnyRole('ADMIN', 'COORDINATOR', 'STEERING_COMMITTEE')";

    private final Reports reports;

    private final UpwardReport upward;

    ReportingController(Reports reports, UpwardReport upward) {
        this.reports = reports;
        this.upward = upward;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<Reports.OpenedPeriod> open(@RequestBody Reports.PeriodRequest request, Authentication caller) {
        Reports.OpenedPeriod opened = reports.open(request, caller.getName());
        return ResponseEntity.created(URI.create("/api/reporting-periods/" + opened.period().code())).body(opened);
    }

    @GetMapping
    List<ReportingPeriods.Period> periods() {
        return reports.periods();
    }

    /**
     * Progress over the periods: those who oversee see the province and every locality; a
     * locality's members their own locality.
     */
    @GetMapping("/progress")
    ProgressOverview progress(@RequestParam(required = false) String formerProvince, Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        return reports.progress(agency -> user.overseesAll() || user.belongsTo(agency), user.overseesAll(),
                blankToNull(formerProvince));
    }

    @GetMapping("/{code}/summary")
    @PreAuthorize(OVERSEES)
    Reports.Summary summary(@PathVariable String code, @RequestParam(required = false) String formerProvince) {
        return reports.summary(code, blankToNull(formerProvince))
            .orElseThrow(() -> new NotFoundException("Không có kỳ báo cáo '" + code + "'"));
    }

    @GetMapping("/{code}/summary.xlsx")
    @PreAuthorize(OVERSEES)
    ResponseEntity<byte[]> workbook(@PathVariable String code, @RequestParam(required = false) String formerProvince) {
        Reports.Summary summary = summary(code, formerProvince);
        return Workbooks.download("tong-hop-bao-cao-" + code + ".xlsx", SummaryWorkbook.of(summary));
    }

    /**
     * The province's report of the period as it is sent upward, ready for number, date
     * and signature.
     */
    @GetMapping("/{code}/upward-report.docx")
    @PreAuthorize(OVERSEES)
    ResponseEntity<byte[]> upwardReport(@PathVariable String code) {
        return WordDocuments.download("bao-cao-" + code + ".docx", upward.document(summary(code, null)));
    }

    /** The same report's figures as its annex workbook. */
    @GetMapping("/{code}/upward-report.xlsx")
    @PreAuthorize(OVERSEES)
    ResponseEntity<byte[]> upwardReportWorkbook(@PathVariable String code) {
        return Workbooks.download("bieu-tong-hop-" + code + ".xlsx", upward.workbook(summary(code, null)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
