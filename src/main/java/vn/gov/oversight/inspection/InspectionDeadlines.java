package vn.gov.oversight.inspection;

import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.gov.oversight.deadline.WorkingCalendar;
import vn.gov.oversight.inspection.InspectionProcess.Elements;

/**
 * {@code ${inspectionDeadlines...}} in the model: documents are due at the end of the
 * inspection's documents date; the team's minutes and findings at the end of the
 * inspection's last day of direct work; the leader's draft conclusion within
 * {@code oversight.inspection.draft-conclusion-within} and its signature within
 * {@code oversight.inspection.sign-conclusion-within}; a remediation at the end of its
 * finding's deadline (set in the conclusion); the coordinator's verification within
 * {@code oversight.inspection.verify-within}. Public for the expression language.
 */
@Component("inspectionDeadlines")
public class InspectionDeadlines {

    private final Inspections inspections;

    private final InspectionParticipants participants;

    private final WorkingCalendar calendar;

    private final String verifyWithin;

    private final String draftConclusionWithin;

    private final String signConclusionWithin;

    InspectionDeadlines(Inspections inspections, InspectionParticipants participants, WorkingCalendar calendar,
            @Value("${oversight.inspection.verify-within:P5D}") String verifyWithin,
            @Value("${oversight.inspection.draft-conclusion-within:P10D}") String draftConclusionWithin,
            @Value("${oversight.inspection.sign-conclusion-within:P10D}") String signConclusionWithin) {
        this.inspections = inspections;
        this.participants = participants;
        this.calendar = calendar;
        this.verifyWithin = verifyWithin;
        this.draftConclusionWithin = draftConclusionWithin;
        this.signConclusionWithin = signConclusionWithin;
    }

    public Date documentsDue(DelegateExecution execution) {
        return Date
            .from(calendar.endOf(inspections.require(execution.getProcessBusinessKey()).documentsDue()).toInstant());
    }

    /**
     * The minutes and findings: by the end of the inspection's last day of direct work.
     */
    public Date findingsDue(DelegateExecution execution) {
        return Date.from(calendar.endOf(inspections.require(execution.getProcessBusinessKey()).endsOn()).toInstant());
    }

    public Date draftConclusionDue() {
        return Date.from(calendar.dueAfter(draftConclusionWithin).toInstant());
    }

    public Date signatureDue() {
        return Date.from(calendar.dueAfter(signConclusionWithin).toInstant());
    }

    public Date remediationDue(DelegateExecution execution) {
        return Date.from(calendar.endOf(participants.findingOf(execution).dueDate()).toInstant());
    }

    public Date verificationDue() {
        return Date.from(calendar.dueAfter(verifyWithin).toInstant());
    }

    /**
     * The draft, the signature and the verification are counted from their start; the
     * other steps are due on dates.
     */
    Optional<String> durationOf(String taskDefinitionKey) {
        return switch (taskDefinitionKey) {
            case Elements.TASK_SUBMIT_DRAFT_CONCLUSION -> Optional.of(draftConclusionWithin);
            case Elements.TASK_SIGN_CONCLUSION -> Optional.of(signConclusionWithin);
            case Elements.TASK_VERIFY_REMEDIATION -> Optional.of(verifyWithin);
            default -> Optional.empty();
        };
    }

}
