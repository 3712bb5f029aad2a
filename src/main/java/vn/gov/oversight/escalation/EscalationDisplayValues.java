package vn.gov.oversight.escalation;

import java.util.Map;

import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.TaskDisplayValues;

/** What the forms of {@code escalationReview} show about the escalation, read when a form is opened. */
@Component
class EscalationDisplayValues implements TaskDisplayValues {

    private final Escalations escalations;

    EscalationDisplayValues(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public Map<String, Object> of(Task task) {
        if (!FormValues.isOf(task.getProcessDefinitionId(), EscalationReviewProcess.KEY)
                || !(task instanceof TaskEntity entity)) {
            return Map.of();
        }
        return escalations.displayValues(Escalations.idOf(entity.getExecution().getProcessBusinessKey()));
    }
}
