package vn.gov.oversight.assignment;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.gov.oversight.assignment.TaskAssignmentProcess.Elements;
import vn.gov.oversight.assignment.TaskAssignmentProcess.Variables;
import vn.gov.oversight.escalation.LadderSubject;
import vn.gov.oversight.escalation.LadderSubjects;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.system.FormValues;

/**
 * What a waiting step of {@code taskAssignment} is about: the assignment, and the agency
 * that must act (the lead agency; the coordinator on its review steps; the contributing
 * agency on its contribution).
 */
@Component
class AssignmentLadderSubjects implements LadderSubjects {

    static final String SUBJECT_TYPE = "ASSIGNMENT";

    private final AssignmentStore store;

    private final Directory directory;

    private final AssignmentDeadlines deadlines;

    AssignmentLadderSubjects(AssignmentStore store, Directory directory, AssignmentDeadlines deadlines) {
        this.store = store;
        this.directory = directory;
        this.deadlines = deadlines;
    }

    @Override
    public Optional<String> durationOf(String processDefinitionId, String taskDefinitionKey) {
        return FormValues.isOf(processDefinitionId, TaskAssignmentProcess.KEY) ? deadlines.durationOf(taskDefinitionKey)
                : Optional.empty();
    }

    @Override
    public Optional<LadderSubject> subjectOf(DelegateTask task) {
        if (!FormValues.isOf(task.getProcessDefinitionId(), TaskAssignmentProcess.KEY)) {
            return Optional.empty();
        }
        String businessKey = task.getExecution().getProcessBusinessKey();
        long id = store.idOf(businessKey)
            .orElseThrow(() -> new IllegalStateException("No assignment for business key " + businessKey));
        Assignment assignment = store.find(id).orElseThrow();
        String key = task.getTaskDefinitionKey();
        String agency = assignment.agencyCode();
        String stepKey = key;
        if (Elements.TASK_CONTRIBUTE_TO_DRAFT.equals(key)) {
            agency = FormValues.text(task.getVariable(Variables.CONTRIBUTING_AGENCY));
            stepKey = LadderSubject.stepKeyFor(key, agency);
        }
        else if (Elements.TASK_REVIEW_DRAFT.equals(key) || Elements.TASK_CONFIRM_COMPLETION.equals(key)) {
            agency = directory.coordinatorOn(directory.today()).orElse(agency);
        }
        return Optional.of(new LadderSubject(SUBJECT_TYPE, id, stepKey, agency, assignment.planCode(),
                assignment.taskTitle(), stepLabel(stepKey)));
    }

    /**
     * The step as people name it, from its step key ({@code Task_X} or
     * {@code Task_X/<agency>}).
     */
    static String stepLabel(String stepKey) {
        String key = stepKey.contains("/") ? stepKey.substring(0, stepKey.indexOf('/')) : stepKey;
        if (Elements.TASK_CONTRIBUTE_TO_DRAFT.equals(key)) {
            return "Góp ý dự thảo kế hoạch";
        }
        return AssignmentStage.ofTask(key).map(AssignmentStage::label).orElse(key);
    }

}
