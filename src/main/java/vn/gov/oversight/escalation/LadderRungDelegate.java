package vn.gov.oversight.escalation;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What the three rungs' service tasks share: the step is the task the rung's boundary
 * event is attached to (read from the model); the rung is fired for each of that step's
 * waiting tasks in the rung's scope (several when agencies contribute in parallel; within
 * one instance of a multi-instance sub-process, such as one finding's remediation, only
 * that instance's), through {@link Escalations#fire}, which records it once.
 */
abstract class LadderRungDelegate implements JavaDelegate {

    private final Rung rung;

    private final Escalations escalations;

    private final StepDeadlines deadlines;

    private final ObjectProvider<LadderSubjects> subjects;

    LadderRungDelegate(Rung rung, Escalations escalations, StepDeadlines deadlines,
            ObjectProvider<LadderSubjects> subjects) {
        this.rung = rung;
        this.escalations = escalations;
        this.deadlines = deadlines;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String step = attachedStep(execution);
        ExecutionEntity scope = scopeOf((ExecutionEntity) execution);
        List<TaskEntity> waiting = Context.getCommandContext()
            .getTaskManager()
            .findTasksByProcessInstanceId(execution.getProcessInstanceId())
            .stream()
            .filter(task -> step.equals(task.getTaskDefinitionKey()) && isWithin(task.getExecution(), scope))
            .toList();
        for (TaskEntity task : waiting) {
            escalations.fire(subjectOf(task), deadlines.dueOf(task), rung, execution.getProcessInstanceId());
        }
    }

    private LadderSubject subjectOf(TaskEntity task) {
        return subjects.orderedStream()
            .flatMap(source -> source.subjectOf(task).stream())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No module knows what task " + task.getTaskDefinitionKey()
                    + " of " + task.getProcessDefinitionId() + " is about: a LadderSubjects bean is missing"));
    }

    /**
     * The scope the rung's boundary event fired in: the process instance, or one
     * sub-process instance.
     */
    private static ExecutionEntity scopeOf(ExecutionEntity execution) {
        ExecutionEntity candidate = execution;
        while (candidate != null && !candidate.isScope()) {
            candidate = candidate.getParent();
        }
        return candidate == null ? execution.getProcessInstance() : candidate;
    }

    private static boolean isWithin(ExecutionEntity execution, ExecutionEntity scope) {
        for (ExecutionEntity candidate = execution; candidate != null; candidate = candidate.getParent()) {
            if (candidate.getId().equals(scope.getId())) {
                return true;
            }
        }
        return false;
    }

    /** The user task whose boundary event led to this service task. */
    private static String attachedStep(DelegateExecution execution) {
        FlowNode serviceTask = (FlowNode) execution.getBpmnModelElementInstance();
        for (SequenceFlow incoming : serviceTask.getIncoming()) {
            if (incoming.getSource() instanceof BoundaryEvent boundary) {
                return boundary.getAttachedTo().getId();
            }
        }
        throw new IllegalStateException(
                "Service task " + serviceTask.getId() + " is not reached from a boundary " + "event of a waiting step");
    }

}
