package vn.gov.oversight.escalation;

import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps the ladder of instances started on the models' earlier versions, whose waiting
 * tasks carry an hourly timeout task listener ({@code ${deadlineLadderListener}}, cycle
 * {@code ${escalationLadder.tick}}) and their due moment in the task variable
 * {@code stepDueAt}: each tick fires the rungs that have come, once, as the new models'
 * boundary timers do. New instances never call it; it can go when no instance of those
 * versions is left (Cockpit shows the versions in use).
 */
@Component("deadlineLadderListener")
class PreviousModelsLadderListener implements TaskListener {

    /** The variable in which the earlier models kept a step's due moment. */
    static final String STEP_DUE_AT = "stepDueAt";

    private final Escalations escalations;

    private final EscalationLadder ladder;

    private final ObjectProvider<LadderSubjects> subjects;

    PreviousModelsLadderListener(Escalations escalations, EscalationLadder ladder,
            ObjectProvider<LadderSubjects> subjects) {
        this.escalations = escalations;
        this.ladder = ladder;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!(task.getVariable(STEP_DUE_AT) instanceof Date due)) {
            return;
        }
        ZonedDateTime dueAt = due.toInstant().atZone(ladder.now().getZone());
        subjects.orderedStream().flatMap(source -> source.subjectOf(task).stream()).findFirst().ifPresent(subject -> {
            for (Rung rung : Rung.values()) {
                if (!ladder.now().isBefore(ladder.rungAt(rung, dueAt))) {
                    escalations.fire(subject, due.toInstant(), rung, task.getProcessInstanceId());
                }
            }
        });
    }

}
