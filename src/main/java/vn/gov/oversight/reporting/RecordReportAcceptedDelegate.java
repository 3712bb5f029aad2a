package vn.gov.oversight.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.oversight.reporting.PeriodicReportProcess.Variables;

/**
 * "Ghi nhận báo cáo": the report counts in the period's consolidation, on time or late.
 */
@Component("recordReportAcceptedDelegate")
class RecordReportAcceptedDelegate implements JavaDelegate {

    private final Reports reports;

    RecordReportAcceptedDelegate(Reports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.accepted(reports.reportOf(execution.getProcessBusinessKey()));
    }

}
