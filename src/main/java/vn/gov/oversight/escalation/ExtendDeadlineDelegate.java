package vn.gov.oversight.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.oversight.escalation.EscalationReviewProcess.Variables;
import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.Actors;

/**
 * "Gia hạn": the waiting step gets its new due date and the ladder starts again from it.
 */
@Component("extendDeadlineDelegate")
class ExtendDeadlineDelegate implements JavaDelegate {

    private final Escalations escalations;

    ExtendDeadlineDelegate(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Escalations.idOf(execution.getProcessBusinessKey());
        escalations.extend(id, FormValues.date(execution.getVariable(Variables.NEW_DUE_DATE)), Actors.of(execution));
    }

}
