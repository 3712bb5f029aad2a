package vn.gov.oversight.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Tính lại hạn thực hiện", after an amendment moved the task's deadline: the
 * carrying-out step, if it waits, gets the new due moment (read from the assignment's
 * table, never from a variable) and its ladder restarts.
 */
@Component("retimeCarryOutDelegate")
class RetimeCarryOutDelegate implements JavaDelegate {

    private final Assignments assignments;

    RetimeCarryOutDelegate(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assignments.retimeCarryOut(assignments.assignmentOf(execution.getProcessBusinessKey()));
    }

}
