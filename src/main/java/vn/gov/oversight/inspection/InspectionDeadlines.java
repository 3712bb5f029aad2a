package vn.gov.oversight.inspection;

import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.gov.oversight.deadline.WorkingCalendar;
import vn.gov.oversight.inspection.InspectionProcess.Elements;

/**
 * {@code ${inspectionDeadlines...}} in the model: documents are due at the end of the inspection's
 * documents date, a remediation at the end of its finding's deadline (set in the conclusion), the
 * coordinator's verification within {@code oversight.inspection.verify-within}. Public for the expression
 * language.
 */
@Component("inspectionDeadlines")
public class InspectionDeadlines {

    private final Inspections inspections;
    private final InspectionParticipants participants;
    private final WorkingCalendar calendar;
    private final String verifyWithin;

    InspectionDeadlines(Inspections inspections, InspectionParticipants participants, WorkingCalendar calendar,
            @Value("${oversight.inspection.verify-within:P5D}") String verifyWithin) {
        this.inspections = inspections;
        this.participants = participants;
        this.calendar = calendar;
        this.verifyWithin = verifyWithin;
    }

    public Date documentsDue(DelegateExecution execution) {
        return Date.from(calendar.endOf(inspections.require(execution.getProcessBusinessKey()).documentsDue())
                .toInstant());
    }

    public Date remediationDue(DelegateExecution execution) {
        return Date.from(calendar.endOf(participants.findingOf(execution).dueDate()).toInstant());
    }

    public Date verificationDue() {
        return Date.from(calendar.dueAfter(verifyWithin).toInstant());
    }

    /** The verification is counted from its start; the other steps are due on dates. */
    Optional<String> durationOf(String taskDefinitionKey) {
        return Elements.TASK_VERIFY_REMEDIATION.equals(taskDefinitionKey) ? Optional.of(verifyWithin)
                : Optional.empty();
    }
}
