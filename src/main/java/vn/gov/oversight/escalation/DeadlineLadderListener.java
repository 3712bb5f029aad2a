package vn.gov.oversight.escalation;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The ladder's tick on a waiting task ({@code ${deadlineLadderListener}}, a timeout task listener with a
 * cycle timer): fires whatever rung has come for the step. It runs as a job of the job executor; the
 * timer goes away with the task when the step is completed.
 */
@Component("deadlineLadderListener")
class DeadlineLadderListener implements TaskListener {

    private final Escalations escalations;
    private final ObjectProvider<LadderSubjects> subjects;

    DeadlineLadderListener(Escalations escalations, ObjectProvider<LadderSubjects> subjects) {
        this.escalations = escalations;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!(task.getVariable(EscalationLadder.STEP_DUE_AT) instanceof Date due)) {
            return; // a step without a due moment has no ladder
        }
        List<LadderSubject> found = subjects.orderedStream()
                .flatMap(source -> source.subjectOf(task).stream()).toList();
        if (found.isEmpty()) {
            throw new IllegalStateException("No module knows what task " + task.getTaskDefinitionKey() + " of "
                    + task.getProcessDefinitionId() + " is about: a LadderSubjects bean is missing");
        }
        LadderSubject subject = found.get(0);
        escalations.climb(subject, subject.stepKey(), due, task.getProcessInstanceId());
    }
}
