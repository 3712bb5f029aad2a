package vn.gov.oversight.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.oversight.reporting.ReportingRoundProcess.Variables;
import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.Actors;

/**
 * "Ghi nhận báo cáo tổng hợp": the province's report for the period, as the coordinator
 * wrote it in its three sections.
 */
@Component("recordConsolidationDelegate")
class RecordConsolidationDelegate implements JavaDelegate {

    private final Reports reports;

    RecordConsolidationDelegate(Reports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String results = FormValues.text(execution.getVariable(Variables.CONSOLIDATED_RESULTS));
        if (results == null) {
            // a round started before the form had three sections: its one narrative is
            // the results
            results = FormValues.text(execution.getVariable(Variables.CONSOLIDATED_NARRATIVE));
        }
        reports.consolidated(execution.getProcessBusinessKey(),
                new Reports.Sections(results,
                        FormValues.text(execution.getVariable(Variables.CONSOLIDATED_DIFFICULTIES)),
                        FormValues.text(execution.getVariable(Variables.CONSOLIDATED_PROPOSALS))),
                Actors.of(execution));
    }

}
