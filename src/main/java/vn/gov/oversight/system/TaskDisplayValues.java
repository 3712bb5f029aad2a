package vn.gov.oversight.system;

import java.util.Map;

import org.camunda.bpm.engine.task.Task;

/**
 * Implemented by each module whose tasks have forms: what a form shows about its task
 * (names, titles, dates as people read them), read from the application's tables each
 * time a form is opened, never kept in process variables where it would go stale (a
 * deadline extended, an agency renamed).
 */
public interface TaskDisplayValues {

    /**
     * The values shown on this task's form, by the names its form uses; empty for another
     * module's task.
     */
    Map<String, Object> of(Task task);

}
