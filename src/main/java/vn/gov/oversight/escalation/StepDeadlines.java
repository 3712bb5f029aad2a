package vn.gov.oversight.escalation;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Moves the due moment of a waiting step: the task's due date and the step's {@code stepDueAt}, which the
 * ladder reads at every tick, so the ladder starts again from the new date (re-armed).
 */
@Component
class StepDeadlines {

    private final TaskService tasks;
    private final RuntimeService runtime;

    StepDeadlines(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** Returns how many waiting tasks were moved (none when the step has been completed meanwhile). */
    int move(String processInstanceId, String stepKey, Date newDue) {
        int slash = stepKey.indexOf('/');
        var query = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(slash < 0 ? stepKey : stepKey.substring(0, slash));
        if (slash >= 0) {
            query.taskCandidateGroup(stepKey.substring(slash + 1)).includeAssignedTasks();
        }
        List<Task> waiting = query.list();
        waiting.forEach(task -> move(task, newDue));
        return waiting.size();
    }

    /** Moves one waiting task's due moment. */
    void move(Task task, Date newDue) {
        task.setDueDate(newDue);
        tasks.saveTask(task);
        runtime.setVariableLocal(task.getExecutionId(), EscalationLadder.STEP_DUE_AT, newDue);
    }
}
