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
import org.springframework.web.bind.annotation.RestController;

import vn.gov.oversight.system.CurrentUser;
import vn.gov.oversight.system.NotFoundException;
import vn.gov.oversight.system.Workbooks;

/**
 * Reporting periods: the coordinator (or an administrator) opens them; everyone reads the list; those who
 * oversee read the consolidation and its workbook.
 */
@Tag(name = "Kỳ báo cáo", description = "Kỳ báo cáo định kỳ, sơ kết, tổng kết; số liệu tổng hợp so với chỉ tiêu; bảng tổng hợp .xlsx.")
@RestController
@RequestMapping("/api/reporting-periods")
class ReportingController {

    private static final String OVERSEES = "hasAnyRole('ADMIN', 'COORDINATOR', 'STEERING_COMMITTEE')";

    private final Reports reports;

    ReportingController(Reports reports) {
        this.reports = reports;
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
     * Progress over the periods: those who oversee see the province and every locality; a locality's members
     * their own locality.
     */
    @GetMapping("/progress")
    ProgressOverview progress(Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        return reports.progress(agency -> user.overseesAll() || user.belongsTo(agency), user.overseesAll());
    }

    @GetMapping("/{code}/summary")
    @PreAuthorize(OVERSEES)
    Reports.Summary summary(@PathVariable String code) {
        return reports.summary(code).orElseThrow(() -> new NotFoundException("Không có kỳ báo cáo '" + code + "'"));
    }

    @GetMapping("/{code}/summary.xlsx")
    @PreAuthorize(OVERSEES)
    ResponseEntity<byte[]> workbook(@PathVariable String code) {
        Reports.Summary summary = summary(code);
        return Workbooks.download("tong-hop-bao-cao-" + code + ".xlsx", SummaryWorkbook.of(summary));
    }
}
