package vn.gov.oversight.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.oversight.escalation.EscalationReviewProcess.Variables;
import vn.gov.oversight.system.Actors;
import vn.gov.oversight.system.FormValues;

/** "Gửi chỉ đạo": the committee's written directive to the agency head is recorded. */
@Component("issueDirectiveDelegate")
class IssueDirectiveDelegate implements JavaDelegate {

    private final Escalations escalations;

    IssueDirectiveDelegate(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Escalations.idOf(execution.getProcessBusinessKey());
        escalations.direct(id, FormValues.text(execution.getVariable(Variables.DIRECTIVE)), Actors.of(execution));
    }

}
