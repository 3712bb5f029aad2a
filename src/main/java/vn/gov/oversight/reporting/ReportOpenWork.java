package vn.gov.oversight.reporting;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.gov.oversight.organization.Destination;
import vn.gov.oversight.organization.OpenWork;
import vn.gov.oversight.organization.WorkItem;

/**
 * An agency's reports still to be sent or checked, in a succession: the successor answers
 * it, the communes and wards that took a district's territory each report for their part,
 * or it is withdrawn for the coordinator to decide.
 */
@Component
@Order(20)
class ReportOpenWork implements OpenWork {

    static final String KIND = "REPORT";

    private final Reports reports;

    ReportOpenWork(Reports reports) {
        this.reports = reports;
    }

    @Override
    public List<WorkItem> openWorkOf(String agencyCode) {
        return reports.openReportsOf(agencyCode)
            .stream()
            .map(report -> new WorkItem(KIND, String.valueOf(report.getKey()),
                    "Báo cáo " + reports.periodLabelOf(report.getValue()), null, null, null))
            .toList();
    }

    @Override
    public void move(WorkItem item, Destination destination, Transfer transfer) {
        reports.handOn(Long.parseLong(item.id()), destination.returned() ? List.of() : destination.agencies(),
                transfer.note());
    }

}
