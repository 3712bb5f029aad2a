package vn.gov.oversight.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.oversight.assignment.TaskAssignmentProcess.Variables;

/** "Ghi nhận kế hoạch đã ban hành": keeps the agency's issued implementation plan on the assignment. */
@Component("recordLocalPlanDelegate")
class RecordLocalPlanDelegate implements JavaDelegate {

    private final Assignments assignments;

    RecordLocalPlanDelegate(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(Variables.ASSIGNMENT_ID)).longValue();
        assignments.localPlanIssued(id, new Assignment.LocalPlan(
                AssignmentCompletionRules.text(execution.getVariable(Variables.DOCUMENT_NUMBER)),
                AssignmentCompletionRules.date(execution.getVariable(Variables.ISSUED_ON)),
                AssignmentCompletionRules.text(execution.getVariable(Variables.SIGNER)),
                AssignmentCompletionRules.text(execution.getVariable(Variables.DOCUMENT_LINK))));
    }
}
