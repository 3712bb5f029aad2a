package vn.gov.oversight.plan;

import java.time.LocalDate;
import java.util.List;

/** A plan as a client sends it ({@code POST /api/plans}). */
record PlanDraft(String code, String title, String issuingBody, LocalDate issuedOn, String directive,
        List<TaskDraft> tasks) {

    /**
     * One task of the appendix. {@code dueDate} is the deadline, or the first round's for a yearly or
     * ongoing task ({@code recurrence}, default {@code ONCE}). {@code outsideCoordinators} names coordinating
     * bodies outside the directory, shown and never assigned (optional).
     */
    record TaskDraft(String code, String title, String group, List<String> leadAgencies,
            List<String> coordinatingAgencies, LocalDate dueDate, Recurrence recurrence, String output,
            List<String> outsideCoordinators) {

        TaskDraft(String code, String title, String group, List<String> leadAgencies,
                List<String> coordinatingAgencies, LocalDate dueDate, Recurrence recurrence, String output) {
            this(code, title, group, leadAgencies, coordinatingAgencies, dueDate, recurrence, output, List.of());
        }
    }
}
