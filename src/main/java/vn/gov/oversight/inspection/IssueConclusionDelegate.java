package vn.gov.oversight.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Ban hành thông báo kết luận": the signed notice is issued: the inspected agencies are
 * told, and the remediations begin.
 */
@Component("issueConclusionDelegate")
class IssueConclusionDelegate implements JavaDelegate {

    private final Inspections inspections;

    IssueConclusionDelegate(Inspections inspections) {
        this.inspections = inspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        inspections.conclusionIssued(execution.getProcessBusinessKey());
    }

}
