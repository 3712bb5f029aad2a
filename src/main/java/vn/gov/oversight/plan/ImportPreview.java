package vn.gov.oversight.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What importing an appendix would do, computed exactly as the import does but writing
 * nothing: the tasks read, the assignments that would start (one per task and lead
 * agency), and every problem, warning and unknown name. {@code ready} when the import
 * would go through.
 */
record ImportPreview(boolean ready, List<ImportProblem> problems, List<ImportProblem> warnings,
        List<UnknownName> unknownNames, List<Task> tasks, List<AgencyAssignments> agencies,
        List<Assignment> assignments) {

    record AgencyRef(String code, String name) {
    }

    record Task(int row, String code, String title, String group, List<AgencyRef> leadAgencies,
            List<AgencyRef> coordinatingAgencies, List<String> outsideCoordinators, LocalDate dueDate,
            Recurrence recurrence, String recurrenceLabel, String output) {
    }

    /** How many assignments an agency would receive. */
    record AgencyAssignments(String code, String name, int assignments) {
    }

    /**
     * An assignment that would start: the task for one lead agency, due on the task's
     * (first) deadline.
     */
    record Assignment(String taskCode, String agency, String agencyName, LocalDate dueDate) {
    }
}
