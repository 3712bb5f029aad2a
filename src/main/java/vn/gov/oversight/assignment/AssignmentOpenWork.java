package vn.gov.oversight.assignment;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.gov.oversight.organization.Destination;
import vn.gov.oversight.organization.OpenWork;
import vn.gov.oversight.organization.WorkItem;

/**
 * An agency's open assignments in a succession: each goes to the successor that takes its
 * task or task group, is shared out among the communes and wards that took a district's
 * territory, or goes back to the coordinator to be given again ({@code POST
 * /api/assignments/{id}/reassign}).
 */
@Component
@Order(10)
class AssignmentOpenWork implements OpenWork {

    static final String KIND = "ASSIGNMENT";

    private final Assignments assignments;

    AssignmentOpenWork(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public List<WorkItem> openWorkOf(String agencyCode) {
        return assignments.openOf(agencyCode)
            .stream()
            .map(assignment -> new WorkItem(KIND, String.valueOf(assignment.id()),
                    "Nhiệm vụ " + assignment.taskCode() + " (" + assignment.planCode() + "): " + assignment.taskTitle(),
                    assignment.taskCode(), assignment.taskGroup(), null))
            .toList();
    }

    @Override
    public void move(WorkItem item, Destination destination, Transfer transfer) {
        long id = Long.parseLong(item.id());
        if (destination.returned()) {
            assignments.handOn(id, List.of(transfer.coordinatorCode()), "RETURNED_FOR_REASSIGNMENT",
                    transfer.note() + ": trả về cơ quan thường trực để giao lại", null, true);
        }
        else {
            assignments.handOn(id, destination.agencies(), "AGENCY_SUCCEEDED", transfer.note(), null, false);
        }
    }

}
