package vn.gov.oversight.assignment;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Who takes part, called from the model's expressions: the officer named when the task was acknowledged
 * (assignee of the agency's later steps) and the coordinating agencies asked to contribute.
 */
@Component("assignmentParticipants")
public class AssignmentParticipants {

    private final AssignmentStore store;

    AssignmentParticipants(AssignmentStore store) {
        this.store = store;
    }

    public String officerOf(Object assignmentId) {
        return assignment(assignmentId).officerUserId();
    }

    public List<String> coordinatingAgencies(Object assignmentId) {
        return assignment(assignmentId).coordinatingAgencies();
    }

    private Assignment assignment(Object assignmentId) {
        long id = ((Number) assignmentId).longValue();
        return store.find(id).orElseThrow(() -> new IllegalStateException("No assignment " + id));
    }
}
