package vn.gov.oversight.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Đóng phát hiện": the coordinator accepted the remediation: the finding is closed. */
@Component("closeFindingDelegate")
class CloseFindingDelegate implements JavaDelegate {

    private final Inspections inspections;

    CloseFindingDelegate(Inspections inspections) {
        this.inspections = inspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        inspections.findingClosed(execution.getProcessBusinessKey(),
                execution.getVariable(InspectionProcess.Variables.FINDING_ID));
    }

}
