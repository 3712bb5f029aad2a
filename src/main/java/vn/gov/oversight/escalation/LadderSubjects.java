package vn.gov.oversight.escalation;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Implemented by each module whose process puts steps on the ladder: which subject a task is about. */
public interface LadderSubjects {

    /** The subject of this waiting task, or empty when the task is not one of this module's. */
    Optional<LadderSubject> subjectOf(DelegateTask task);
}
