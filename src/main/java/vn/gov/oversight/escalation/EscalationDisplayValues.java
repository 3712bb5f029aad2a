package vn.gov.oversight.escalation;

import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.TaskDisplayValues;

/**
 * What the forms of {@code escalationReview} show about the escalation, read when a form
 * is opened.
 */
@Component
class EscalationDisplayValues implements TaskDisplayValues {

    private final Escalations escalations;

    EscalationDisplayValues(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public Map<String, Object> of(Task task) {
        return FormValues.businessKeyOf(task, EscalationReviewProcess.KEY)
            .map(key -> escalations.displayValues(Escalations.idOf(key)))
            .orElse(Map.of());
    }

}
