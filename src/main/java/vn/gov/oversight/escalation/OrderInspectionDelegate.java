package vn.gov.oversight.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.oversight.escalation.EscalationReviewProcess.Variables;
import vn.gov.oversight.system.Actors;
import vn.gov.oversight.system.FormValues;

/** "Yêu cầu kiểm tra": the committee orders an ad hoc inspection of the agency. */
@Component("orderInspectionDelegate")
class OrderInspectionDelegate implements JavaDelegate {

    private final Escalations escalations;

    OrderInspectionDelegate(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Escalations.idOf(execution.getProcessBusinessKey());
        escalations.orderInspection(id, FormValues.text(execution.getVariable(Variables.INSPECTION_NOTE)),
                Actors.of(execution));
    }

}
