package vn.gov.oversight.inspection;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.gov.oversight.inspection.Inspection.Finding;
import vn.gov.oversight.inspection.InspectionProcess.Variables;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.organization.Member;
import vn.gov.oversight.organization.MemberRole;

/**
 * {@code ${inspectionParticipants...}} in the model: who works on each step and over
 * what, read from the tables by the instance's business key (public for the expression
 * language).
 */
@Component("inspectionParticipants")
public class InspectionParticipants {

    private final Inspections inspections;

    private final Directory directory;

    InspectionParticipants(Inspections inspections, Directory directory) {
        this.inspections = inspections;
        this.directory = directory;
    }

    /** The inspected agencies: one "provide documents" task each. */
    public List<String> inspectedAgencies(DelegateExecution execution) {
        return inspections.require(execution.getProcessBusinessKey()).agencies();
    }

    /** The team's members, candidates of the team's steps. */
    public List<String> team(DelegateExecution execution) {
        return inspections.require(execution.getProcessBusinessKey())
            .team()
            .stream()
            .map(Inspection.TeamMember::userId)
            .toList();
    }

    /** The team's leader, who submits the draft conclusion. */
    public String leader(DelegateExecution execution) {
        return inspections.require(execution.getProcessBusinessKey()).leader();
    }

    /**
     * Who signs the conclusion notice: the heads of the coordinating agency today (the
     * head of whichever body supervises signs a supervision's recommendations outside the
     * system and the coordinator's head records them).
     */
    public List<String> signers(DelegateExecution execution) {
        return directory.coordinatorOn(directory.today())
            .map(code -> directory.members(code)
                .stream()
                .filter(member -> member.role() == MemberRole.HEAD && member.isValidOn(directory.today()))
                .map(Member::userId)
                .toList())
            .orElse(List.of());
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
