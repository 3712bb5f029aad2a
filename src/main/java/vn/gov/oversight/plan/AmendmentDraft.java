package vn.gov.oversight.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * An amendment of a plan as a client sends it ({@code POST /api/plans/{id}/amendments}),
 * numbered and dated like the document that decides it ("215/KH-UBND", "QĐ số
 * 12/QĐ-UBND"): tasks added, tasks cancelled with the reason, deadlines moved, lead
 * agencies changed.
 */
record AmendmentDraft(String number, LocalDate issuedOn, String summary, List<PlanDraft.TaskDraft> addTasks,
        List<Cancellation> cancelTasks, List<DeadlineChange> moveDeadlines, List<LeadChange> changeLeadAgencies) {

    AmendmentDraft {
        addTasks = addTasks == null ? List.of() : addTasks;
        cancelTasks = cancelTasks == null ? List.of() : cancelTasks;
        moveDeadlines = moveDeadlines == null ? List.of() : moveDeadlines;
        changeLeadAgencies = changeLeadAgencies == null ? List.of() : changeLeadAgencies;
    }

    /** A task cancelled, with the reason. */
    record Cancellation(String code, String reason) {
    }

    /** A task's new deadline. */
    record DeadlineChange(String code, LocalDate dueDate) {
    }

    /** A task's lead agency {@code from} replaced by {@code to}. */
    record LeadChange(String code, String from, String to) {
    }
}
