package vn.gov.oversight.inspection;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.gov.oversight.inspection.InspectionProcess.Elements;
import vn.gov.oversight.inspection.InspectionProcess.Variables;
import vn.gov.oversight.organization.Agency;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.TaskNames;
import vn.gov.oversight.system.Actors;

/**
 * {@code ${inspectionTaskListener}}: names each task after its inspection (and agency),
 * starts each round of a form blank, and keeps what a completed form says in the tables
 * (minutes and findings, the draft, the signed notice, the remediation report, a return's
 * comment); the gateways read booleans it sets.
 */
@Component("inspectionTaskListener")
class InspectionTaskListener implements TaskListener {

    private static final String[] ROUND_VARIABLES = { Variables.FINDING_AGENCY, Variables.FINDING_DESCRIPTION,
            Variables.REMEDIATION_REQUIRED, Variables.REMEDIATION_DUE_DATE, Variables.RECORD_MORE, Variables.APPROVED,
            Variables.REVIEW_COMMENT, Variables.NOTICE_NUMBER, Variables.SIGNED_ON };

    private static final Map<String, List<String>> PER_TASK_VARIABLES = Map.of(Elements.TASK_PROVIDE_DOCUMENTS,
            List.of(Variables.DOCUMENTS_NOTE), Elements.TASK_REPORT_REMEDIATION, List.of(Variables.REMEDIATION_REPORT),
            Elements.TASK_VERIFY_REMEDIATION, List.of(Variables.REVIEW_COMMENT));

    private final Inspections inspections;

    private final InspectionParticipants participants;

    private final Directory directory;

    InspectionTaskListener(Inspections inspections, InspectionParticipants participants, Directory directory) {
        this.inspections = inspections;
        this.participants = participants;
        this.directory = directory;
    }

    @Override
    public void notify(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            Inspection inspection = inspections.require(businessKey);
            task.setName(TaskNames.of(InspectionNames.step(task.getName(), inspection.kind()),
                    InspectionNames.about(inspection), agencyName(task, inspection)));
            for (String name : ROUND_VARIABLES) {
                task.getExecution().removeVariable(name);
            }
            // one agency's answer stays in its own task's execution (a completion writes
            // there when the name is
            // local to it): the other agencies' forms do not show it
            for (String name : PER_TASK_VARIABLES.getOrDefault(task.getTaskDefinitionKey(), List.of())) {
                task.getExecution().setVariableLocal(name, null);
            }
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        String actor = Actors.of(task);
        switch (task.getTaskDefinitionKey()) {
            case Elements.TASK_RECORD_FINDINGS -> {
                inspections.recorded(businessKey, FormValues.text(task.getVariable(Variables.MINUTES)),
                        InspectionCompletionRules.findingOf(task.getVariables()), actor);
                task.getExecution()
                    .setVariable(Variables.RECORD_MORE,
                            Boolean.TRUE.equals(FormValues.bool(task.getVariable(Variables.RECORD_MORE))));
            }
            case Elements.TASK_SUBMIT_DRAFT_CONCLUSION ->
                inspections.draftConclusion(businessKey, FormValues.text(task.getVariable(Variables.CONCLUSION)));
            case Elements.TASK_SIGN_CONCLUSION -> {
                boolean approved = approved(task);
                if (approved) {
                    inspections.signed(businessKey, FormValues.text(task.getVariable(Variables.NOTICE_NUMBER)),
                            FormValues.date(task.getVariable(Variables.SIGNED_ON)), actor);
                }
            }
            case Elements.TASK_REPORT_REMEDIATION ->
                inspections.remediationReported(businessKey, task.getExecution().getVariable(Variables.FINDING_ID),
                        FormValues.text(task.getVariable(Variables.REMEDIATION_REPORT)));
            case Elements.TASK_VERIFY_REMEDIATION -> {
                if (!approved(task)) {
                    inspections.remediationReturned(businessKey, task.getExecution().getVariable(Variables.FINDING_ID),
                            FormValues.text(task.getVariable(Variables.REVIEW_COMMENT)));
                }
            }
            default -> {
                // the documents are uploaded through the API; the note is kept in the
                // task's history
            }
        }
    }

    private static boolean approved(DelegateTask task) {
        boolean approved = Boolean.TRUE.equals(FormValues.bool(task.getVariable(Variables.APPROVED)));
        task.getExecution().setVariable(Variables.APPROVED, approved);
        return approved;
    }

    /**
     * The agency a task is for: the inspected agency providing documents, the finding's
     * agency.
     */
    private String agencyName(DelegateTask task, Inspection inspection) {
        String code = switch (task.getTaskDefinitionKey()) {
            case Elements.TASK_PROVIDE_DOCUMENTS -> (String) task.getExecution().getVariable(Variables.AGENCY_CODE);
            case Elements.TASK_REPORT_REMEDIATION, Elements.TASK_VERIFY_REMEDIATION ->
                participants.findingOf(task.getExecution()).agencyCode();
            default -> inspection.agencies().size() == 1 ? inspection.agencies().get(0) : null;
        };
        return code == null ? null : directory.agency(code).map(Agency::name).orElse(code);
    }

}
