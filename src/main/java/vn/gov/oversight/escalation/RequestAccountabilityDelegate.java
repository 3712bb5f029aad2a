package vn.gov.oversight.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.oversight.escalation.EscalationReviewProcess.Variables;
import vn.gov.oversight.system.Actors;

/**
 * "Yêu cầu kiểm điểm trách nhiệm": the agency head is asked for an accountability report.
 */
@Component("requestAccountabilityDelegate")
class RequestAccountabilityDelegate implements JavaDelegate {

    private final Escalations escalations;

    RequestAccountabilityDelegate(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Escalations.idOf(execution.getProcessBusinessKey());
        escalations.requestAccountability(id, Actors.of(execution));
    }

}
