package vn.gov.oversight.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.oversight.escalation.EscalationReviewProcess.Variables;
import vn.gov.oversight.system.Actors;
import vn.gov.oversight.system.FormValues;

/** "Kết thúc": the escalation is closed with the committee's reason. */
@Component("closeEscalationDelegate")
class CloseEscalationDelegate implements JavaDelegate {

    private final Escalations escalations;

    CloseEscalationDelegate(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Escalations.idOf(execution.getProcessBusinessKey());
        escalations.close(id, FormValues.text(execution.getVariable(Variables.CLOSE_REASON)), Actors.of(execution));
    }

}
