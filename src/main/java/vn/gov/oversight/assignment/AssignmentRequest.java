package vn.gov.oversight.assignment;

import java.time.LocalDate;
import java.util.List;

/** What the plan module asks for: one task of a plan, for one lead agency. */
public record AssignmentRequest(long planId, String planCode, String taskCode, String taskTitle, String taskGroup,
        String agencyCode,
        List<String> coordinatingAgencies, LocalDate dueDate) {

    public AssignmentRequest {
        taskGroup = taskGroup == null ? "" : taskGroup;
    }
}
