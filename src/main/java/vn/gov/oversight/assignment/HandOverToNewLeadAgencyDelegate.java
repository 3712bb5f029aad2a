package vn.gov.oversight.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Chuyển việc cho cơ quan chủ trì mới", after an amendment changed the lead agency: the agency is read from
 * the assignment's table (never from a variable) and takes over the lead agency's open steps and those to come.
 */
@Component("handOverToNewLeadAgencyDelegate")
class HandOverToNewLeadAgencyDelegate implements JavaDelegate {

    private final Assignments assignments;
    private final LeadAgencyHandover handover;

    HandOverToNewLeadAgencyDelegate(Assignments assignments, LeadAgencyHandover handover) {
        this.assignments = assignments;
        this.handover = handover;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = assignments.assignmentOf(execution.getProcessBusinessKey());
        handover.handOver(execution, assignments.agencyOf(id));
    }
}
