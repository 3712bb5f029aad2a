package vn.gov.oversight.escalation;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Implemented by each module whose process puts steps on the ladder: which subject a task
 * is about.
 */
public interface LadderSubjects {

    /**
     * The subject of this waiting task, or empty when the task is not one of this
     * module's.
     */
    Optional<LadderSubject> subjectOf(DelegateTask task);

    /**
     * How long a waiting step of this module lasts when its due moment is counted on the
     * working calendar from the moment the step began (an ISO-8601 duration such as
     * {@code P5D}); empty when the step is due on a fixed date or is not one of this
     * module's. Lets a corrected holiday calendar re-arm the step.
     */
    default Optional<String> durationOf(String processDefinitionId, String taskDefinitionKey) {
        return Optional.empty();
    }

}
