package vn.gov.oversight.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.oversight.assignment.TaskAssignmentProcess.Variables;
import vn.gov.oversight.system.FormValues;

/**
 * "Ghi nhận kế hoạch đã ban hành": keeps the agency's issued implementation plan on the
 * assignment.
 */
@Component("recordLocalPlanDelegate")
class RecordLocalPlanDelegate implements JavaDelegate {

    private final Assignments assignments;

    RecordLocalPlanDelegate(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = assignments.assignmentOf(execution.getProcessBusinessKey());
        assignments.localPlanIssued(id,
                new Assignment.LocalPlan(FormValues.text(execution.getVariable(Variables.DOCUMENT_NUMBER)),
                        FormValues.date(execution.getVariable(Variables.ISSUED_ON)),
                        FormValues.text(execution.getVariable(Variables.SIGNER)),
                        FormValues.text(execution.getVariable(Variables.DOCUMENT_LINK))));
    }

}
