package vn.gov.oversight.escalation;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.gov.oversight.escalation.EscalationReviewProcess.Elements;
import vn.gov.oversight.system.FormValues;

/**
 * The accountability report the steering committee asked an agency for is a waiting step
 * like any other: late, it is reminded, noticed and brought back to the committee as an
 * escalation of its own (subject {@code ACCOUNTABILITY}, the escalation's id).
 */
@Component
class AccountabilityLadderSubjects implements LadderSubjects {

    static final String SUBJECT_TYPE = "ACCOUNTABILITY";

    private final EscalationStore store;

    private final EscalationLadder ladder;

    private final EscalationProperties properties;

    AccountabilityLadderSubjects(EscalationStore store, EscalationLadder ladder, EscalationProperties properties) {
        this.store = store;
        this.ladder = ladder;
        this.properties = properties;
    }

    @Override
    public Optional<LadderSubject> subjectOf(DelegateTask task) {
        if (!isAccountabilityReport(task.getProcessDefinitionId(), task.getTaskDefinitionKey())) {
            return Optional.empty();
        }
        long id = Escalations.idOf(task.getExecution().getProcessBusinessKey());
        return store.find(id, ladder.now().toInstant())
            .map(escalation -> new LadderSubject(SUBJECT_TYPE, id, Elements.TASK_SUBMIT_ACCOUNTABILITY_REPORT,
                    escalation.agency(), escalation.planCode(), "Báo cáo kiểm điểm trách nhiệm: " + escalation.title(),
                    "Chờ báo cáo kiểm điểm trách nhiệm"));
    }

    @Override
    public Optional<String> durationOf(String processDefinitionId, String taskDefinitionKey) {
        return isAccountabilityReport(processDefinitionId, taskDefinitionKey)
                ? Optional.of(properties.accountabilityWithin()) : Optional.empty();
    }

    private static boolean isAccountabilityReport(String processDefinitionId, String taskDefinitionKey) {
        return FormValues.isOf(processDefinitionId, EscalationReviewProcess.KEY)
                && Elements.TASK_SUBMIT_ACCOUNTABILITY_REPORT.equals(taskDefinitionKey);
    }

}
