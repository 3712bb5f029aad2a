package vn.gov.oversight.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.oversight.escalation.EscalationReviewProcess.Variables;
import vn.gov.oversight.system.FormValues;

/**
 * "Ghi nhận báo cáo kiểm điểm": the agency's accountability report closes the escalation.
 */
@Component("recordAccountabilityReportDelegate")
class RecordAccountabilityReportDelegate implements JavaDelegate {

    private final Escalations escalations;

    RecordAccountabilityReportDelegate(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Escalations.idOf(execution.getProcessBusinessKey());
        escalations.reportAccountability(id, FormValues.text(execution.getVariable(Variables.ACCOUNTABILITY_REPORT)));
    }

}
