package vn.gov.oversight.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.gov.oversight.reporting.ReportingRoundProcess.Variables;

/** "Ghi nhận báo cáo tổng hợp": the province's report for the period, as the coordinator wrote it. */
@Component("recordConsolidationDelegate")
class RecordConsolidationDelegate implements JavaDelegate {

    private final Reports reports;

    RecordConsolidationDelegate(Reports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        reports.consolidated(execution.getProcessBusinessKey(),
                (String) execution.getVariable(Variables.CONSOLIDATED_NARRATIVE), user == null ? null : user.getUserId());
    }
}
