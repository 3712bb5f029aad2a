package vn.gov.oversight.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as a client sends it ({@code POST /api/plans}). {@code reviewLocalPlans}: the
 * coordinator reviews each agency's draft before it is issued; by default (absent or
 * false) agencies issue their own plans and send them for information, as Plan 151 has
 * them "chủ động xây dựng, ban hành".
 */
record PlanDraft(String code, String title, String issuingBody, LocalDate issuedOn, String directive,
        List<TaskDraft> tasks, Boolean reviewLocalPlans) {

    PlanDraft(String code, String title, String issuingBody, LocalDate issuedOn, String directive,
            List<TaskDraft> tasks) {
        this(code, title, issuingBody, issuedOn, directive, tasks, null);
    }

    boolean reviewsLocalPlans() {
        return Boolean.TRUE.equals(reviewLocalPlans);
    }

    /**
     * One task of the appendix. {@code dueDate} is the deadline, or the first round's for
     * a yearly or ongoing task ({@code recurrence}, default {@code ONCE}).
     * {@code outsideCoordinators} names coordinating bodies outside the directory, shown
     * and never assigned (optional).
     */
    record TaskDraft(String code, String title, String group, List<String> leadAgencies,
            List<String> coordinatingAgencies, LocalDate dueDate, Recurrence recurrence, String output,
            List<String> outsideCoordinators) {

        TaskDraft(String code, String title, String group, List<String> leadAgencies, List<String> coordinatingAgencies,
                LocalDate dueDate, Recurrence recurrence, String output) {
            this(code, title, group, leadAgencies, coordinatingAgencies, dueDate, recurrence, output, List.of());
        }
    }
}
