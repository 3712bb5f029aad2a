package vn.gov.oversight.inspection;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.gov.oversight.inspection.Inspection.Finding;
import vn.gov.oversight.inspection.InspectionProcess.Variables;

/**
 * {@code ${inspectionParticipants...}} in the model: who works on each step and over what, read from the
 * tables by the instance's business key (public for the expression language).
 */
@Component("inspectionParticipants")
public class InspectionParticipants {

    private final Inspections inspections;

    InspectionParticipants(Inspections inspections) {
        this.inspections = inspections;
    }

    /** The inspected agencies: one "provide documents" task each. */
    public List<String> inspectedAgencies(DelegateExecution execution) {
        return inspections.require(execution.getProcessBusinessKey()).agencies();
    }

    /** The team's members, candidates of the team's steps. */
    public List<String> team(DelegateExecution execution) {
        return inspections.require(execution.getProcessBusinessKey()).team().stream()
                .map(Inspection.TeamMember::userId).toList();
    }

    /** The team's leader, who submits the draft conclusion. */
    public String leader(DelegateExecution execution) {
        return inspections.require(execution.getProcessBusinessKey()).leader();
    }

    /** The findings of the signed conclusion: one remediation each. */
    public List<Long> findings(DelegateExecution execution) {
        return inspections.require(execution.getProcessBusinessKey()).findings().stream().map(Finding::id).toList();
    }

    public boolean hasFindings(DelegateExecution execution) {
        return !findings(execution).isEmpty();
    }

    /** The agency that must remediate this remediation's finding. */
    public String findingAgency(DelegateExecution execution) {
        return findingOf(execution).agencyCode();
    }

    Finding findingOf(DelegateExecution execution) {
        return inspections.finding(execution.getProcessBusinessKey(), execution.getVariable(Variables.FINDING_ID));
    }
}
