package vn.gov.oversight.escalation;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.gov.oversight.escalation.EscalationReviewProcess.Elements;
import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.Roles;

/**
 * The steering committee's review of an escalation is a waiting step too (subject
 * {@code ESCALATION}, the escalation's id, the committee acting): reminded before and at
 * its due moment. The model draws no third rung: the committee is the ladder's last.
 */
@Component
class CommitteeLadderSubjects implements LadderSubjects {

    static final String SUBJECT_TYPE = "ESCALATION";

    private final EscalationStore store;

    private final EscalationLadder ladder;

    CommitteeLadderSubjects(EscalationStore store, EscalationLadder ladder) {
        this.store = store;
        this.ladder = ladder;
    }

    @Override
    public Optional<LadderSubject> subjectOf(DelegateTask task) {
        if (!isReview(task.getProcessDefinitionId(), task.getTaskDefinitionKey())) {
            return Optional.empty();
        }
        long id = Escalations.idOf(task.getExecution().getProcessBusinessKey());
        return store.find(id, ladder.now().toInstant())
            .map(escalation -> new LadderSubject(SUBJECT_TYPE, id, Elements.TASK_REVIEW_ESCALATION,
                    Roles.STEERING_COMMITTEE_GROUP, escalation.planCode(),
                    "Xem xét việc quá hạn: " + escalation.title(), "Chờ Ban Chỉ đạo quyết định"));
    }

    @Override
    public Optional<String> durationOf(String processDefinitionId, String taskDefinitionKey) {
        return isReview(processDefinitionId, taskDefinitionKey) ? Optional.of(ladder.committeeWithin())
                : Optional.empty();
    }

    private static boolean isReview(String processDefinitionId, String taskDefinitionKey) {
        return FormValues.isOf(processDefinitionId, EscalationReviewProcess.KEY)
                && Elements.TASK_REVIEW_ESCALATION.equals(taskDefinitionKey);
    }

}
