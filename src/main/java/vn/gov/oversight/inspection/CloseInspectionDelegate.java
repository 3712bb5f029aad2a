package vn.gov.oversight.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Kết thúc cuộc kiểm tra": every finding is closed (or there was none): the inspection
 * is closed.
 */
@Component("closeInspectionDelegate")
class CloseInspectionDelegate implements JavaDelegate {

    private final Inspections inspections;

    CloseInspectionDelegate(Inspections inspections) {
        this.inspections = inspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        inspections.close(execution.getProcessBusinessKey());
    }

}
