package vn.gov.oversight.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.oversight.assignment.TaskAssignmentProcess.Variables;

/** "Ghi nhận hoàn thành": the assignment is done, on time or late. */
@Component("recordCompletionDelegate")
class RecordCompletionDelegate implements JavaDelegate {

    static final String OUTCOME_VARIABLE = "outcome";

    private final Assignments assignments;

    RecordCompletionDelegate(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = assignments.assignmentOf(execution.getProcessBusinessKey());
        execution.setVariable(OUTCOME_VARIABLE, assignments.completed(id).name());
    }

}
