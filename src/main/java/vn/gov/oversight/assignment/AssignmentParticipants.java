package vn.gov.oversight.assignment;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * Who takes part, called from the model's expressions: the officer named when the task
 * was acknowledged (assignee of the agency's later steps) and the coordinating agencies
 * asked to contribute.
 */
@Component("assignmentParticipants")
public class AssignmentParticipants {

    private final AssignmentStore store;

    AssignmentParticipants(AssignmentStore store) {
        this.store = store;
    }

    public String officerOf(DelegateExecution execution) {
        return assignment(execution).officerUserId();
    }

    public List<String> coordinatingAgencies(DelegateExecution execution) {
        return assignment(execution).coordinatingAgencies();
    }

    /** By the instance's business key, never by a variable a person could send. */
    private Assignment assignment(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        return store.idOf(businessKey)
            .flatMap(store::find)
            .orElseThrow(() -> new IllegalStateException("No assignment for business key " + businessKey));
    }

}
