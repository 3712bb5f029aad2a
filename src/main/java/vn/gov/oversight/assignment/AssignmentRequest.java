package vn.gov.oversight.assignment;

import java.time.LocalDate;
import java.util.List;

/**
 * What the plan module asks for: one task of a plan, for one lead agency;
 * {@code reviewLocalPlan} is the plan's choice (the coordinator reviews the agency's
 * draft, or the agency issues it), {@code round} the round of a yearly or ongoing task (1
 * for the first).
 */
public record AssignmentRequest(long planId, String planCode, String taskCode, String taskTitle, String taskGroup,
        String agencyCode, List<String> coordinatingAgencies, LocalDate dueDate, boolean reviewLocalPlan, int round) {

    public AssignmentRequest {
        taskGroup = taskGroup == null ? "" : taskGroup;
    }

    /** The first round, the agency issuing its own plan. */
    public AssignmentRequest(long planId, String planCode, String taskCode, String taskTitle, String taskGroup,
            String agencyCode, List<String> coordinatingAgencies, LocalDate dueDate) {
        this(planId, planCode, taskCode, taskTitle, taskGroup, agencyCode, coordinatingAgencies, dueDate, false, 1);
    }
}
