package vn.gov.oversight.system;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;

/**
 * A rule checked before a user task is completed, through any channel (Tasklist, either
 * REST API, Java). A refusal names the field and says in Vietnamese what is wrong; the
 * task then stays open and the REST APIs answer 400. Modules declare their rules as
 * beans.
 */
public interface TaskCompletionRule {

    /**
     * @param task the task being completed
     * @param variables what the task will see once completed: its variables with the
     * submitted ones over them
     * @return the problems found, empty when the completion may go ahead
     */
    List<InvalidInputException.FieldProblem> check(Task task, Map<String, Object> variables);

}
