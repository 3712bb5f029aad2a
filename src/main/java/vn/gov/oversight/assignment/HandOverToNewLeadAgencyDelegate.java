package vn.gov.oversight.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.oversight.assignment.TaskAssignmentProcess.Variables;
import vn.gov.oversight.organization.Directory;

/**
 * "Chuyển việc cho cơ quan chủ trì mới", after an amendment changed the lead agency: the
 * agency is read from the assignment's table (never from a variable) and takes over the
 * lead agency's open steps and those to come.
 */
@Component("handOverToNewLeadAgencyDelegate")
class HandOverToNewLeadAgencyDelegate implements JavaDelegate {

    private final Assignments assignments;

    private final Directory directory;

    HandOverToNewLeadAgencyDelegate(Assignments assignments, Directory directory) {
        this.assignments = assignments;
        this.directory = directory;
    }

    /**
     * The steps created for the agency the instance named so far (its open steps, the
     * right to read it) move to the new lead agency, and the steps to come are created
     * for it.
     */
    @Override
    public void execute(DelegateExecution execution) {
        long id = assignments.assignmentOf(execution.getProcessBusinessKey());
        String agency = assignments.agencyOf(id);
        String previous = (String) execution.getProcessInstance().getVariable(Variables.AGENCY_CODE);
        execution.getProcessInstance().setVariable(Variables.AGENCY_CODE, agency);
        if (previous != null && !previous.equals(agency)) {
            directory.moveInstance(execution.getProcessInstanceId(), previous, agency);
        }
    }

}
