package vn.gov.oversight.escalation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.gov.oversight.system.PeopleDates;

/**
 * The due moment of every waiting step, kept in table {@code step_deadline} and nowhere
 * else: the models derive from it the task's due date
 * ({@code camunda:dueDate="${stepDeadlines.dueAt(execution)}"}) and the moments of the
 * ladder's boundary timers ({@code ${stepDeadlines.rungAt(execution, 'REMINDER')}}). The
 * first time a step's occurrence is asked for (its timers are created before its task),
 * its deadline rule is evaluated: the expression in the task's extension property
 * {@code deadline}, drawn in the model beside the task. Moving a deadline (the steering
 * committee's extension) updates the table, the tasks' due dates, and re-arms the step's
 * timers from the new moment.
 * <p>
 * (Public because the engine's expression language only calls methods of public classes.)
 */
@Component("stepDeadlines")
public class StepDeadlines {

    /** The extension property of a user task that holds its deadline rule. */
    public static final String DEADLINE_PROPERTY = "deadline";

    private static final ZoneId ZONE = PeopleDates.VIETNAM;

    private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private final StepDeadlineStore store;

    private final EscalationLadder ladder;

    private final ObjectProvider<ProcessEngine> engine;

    StepDeadlines(StepDeadlineStore store, EscalationLadder ladder, ObjectProvider<ProcessEngine> engine) {
        this.store = store;
        this.ladder = ladder;
        this.engine = engine;
    }

    /** The due moment of the step this execution waits in (its task's due date). */
    public Date dueAt(DelegateExecution execution) {
        return Date.from(due(execution));
    }

    /**
     * When {@code rung} comes for the step this execution waits in: a boundary timer's
     * moment.
     */
    public Date rungAt(DelegateExecution execution, String rung) {
        ZonedDateTime due = due(execution).atZone(ZONE);
        return Date.from(ladder.rungAt(Rung.valueOf(rung), due).toInstant());
    }

    /** The due moment of a waiting task's step. */
    Instant dueOf(TaskEntity task) {
        return due(task.getExecution());
    }

    private Instant due(DelegateExecution execution) {
        ExecutionEntity carrier = carrier((ExecutionEntity) execution);
        if (carrier != null) {
            return store.dueAt(carrier.getId()).orElseThrow();
        }
        String step = stepKey(execution.getCurrentActivityId());
        Instant due = deadlineRule(execution);
        if (!((ExecutionEntity) execution).isProcessInstanceExecution()) {
            store.insert(execution.getId(), execution.getProcessInstanceId(), step, due, ladder.now().toInstant());
        }
        return due;
    }

    /**
     * The execution whose occurrence is known: this one or an enclosing one (a
     * multi-instance body).
     */
    private ExecutionEntity carrier(ExecutionEntity execution) {
        for (ExecutionEntity candidate = execution; candidate != null
                && !candidate.isProcessInstanceExecution(); candidate = candidate.getParent()) {
            if (store.dueAt(candidate.getId()).isPresent()) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Evaluates the deadline rule drawn beside the step this execution waits in (the
     * task's extension property {@value #DEADLINE_PROPERTY}).
     */
    public static Instant deadlineRule(DelegateExecution execution) {
        String step = stepKey(execution.getCurrentActivityId());
        BaseElement element = execution.getBpmnModelInstance().getModelElementById(step);
        String rule = element == null || element.getExtensionElements() == null ? null
                : element.getExtensionElements()
                    .getElementsQuery()
                    .filterByType(CamundaProperties.class)
                    .list()
                    .stream()
                    .flatMap(properties -> properties.getCamundaProperties().stream())
                    .filter(property -> DEADLINE_PROPERTY.equals(property.getCamundaName()))
                    .map(CamundaProperty::getCamundaValue)
                    .findFirst()
                    .orElse(null);
        if (rule == null) {
            throw new IllegalStateException("Step " + step + " of " + execution.getProcessDefinitionId()
                    + " has no extension property '" + DEADLINE_PROPERTY + "' with its deadline rule");
        }
        Object value = Context.getProcessEngineConfiguration()
            .getExpressionManager()
            .createExpression(rule)
            .getValue(execution);
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof ZonedDateTime moment) {
            return moment.toInstant();
        }
        throw new IllegalStateException("The deadline rule of " + step + " gave " + value + ", not a moment");
    }

    private static String stepKey(String activityId) {
        return activityId.endsWith(MULTI_INSTANCE_BODY)
                ? activityId.substring(0, activityId.length() - MULTI_INSTANCE_BODY.length()) : activityId;
    }

    /**
     * Moves the due moment of a waiting step: {@code stepKey} is a task definition key,
     * or {@code <key>/<agency>} for one agency's task of a step several agencies do in
     * parallel (they share one deadline, which moves for all of them). Returns how many
     * waiting tasks were moved: none when the step has been completed meanwhile.
     */
    public int move(String processInstanceId, String stepKey, Date newDue) {
        return inCommand(context -> {
            int slash = stepKey.indexOf('/');
            String taskKey = slash < 0 ? stepKey : stepKey.substring(0, slash);
            String agency = slash < 0 ? null : stepKey.substring(slash + 1);
            List<TaskEntity> ofStep = context.getTaskManager()
                .findTasksByProcessInstanceId(processInstanceId)
                .stream()
                .filter(task -> taskKey.equals(task.getTaskDefinitionKey()))
                .toList();
            // the execution carrying each task's occurrence, looked up once
            Map<TaskEntity, ExecutionEntity> carrierOf = new HashMap<>();
            ofStep.forEach(task -> carrierOf.put(task, carrier(task.getExecution())));
            Map<String, ExecutionEntity> moving = new LinkedHashMap<>();
            int moved = 0;
            for (TaskEntity task : ofStep) {
                ExecutionEntity carrier = carrierOf.get(task);
                if (agency != null && !isCandidateGroup(task, agency)) {
                    continue;
                }
                if (carrier != null) {
                    moving.putIfAbsent(carrier.getId(), carrier);
                }
                else if (task.getExecution().hasVariableLocal(PreviousModelsLadderListener.STEP_DUE_AT)) {
                    // a step of an earlier model version: its hourly tick reads the
                    // step's variable
                    task.setDueDate(newDue);
                    task.getExecution().setVariableLocal(PreviousModelsLadderListener.STEP_DUE_AT, newDue);
                    moved++;
                }
            }
            // parallel tasks sharing an occurrence move together
            for (TaskEntity task : ofStep) {
                ExecutionEntity carrier = carrierOf.get(task);
                if (carrier != null && moving.containsKey(carrier.getId())) {
                    task.setDueDate(newDue);
                    moved++;
                }
            }
            Instant now = ladder.now().toInstant();
            for (ExecutionEntity carrier : moving.values()) {
                store.move(carrier.getId(), newDue.toInstant(), now);
                rearm(context, carrier);
            }
            return moved;
        });
    }

    /**
     * Moves the due moment of one waiting task's step (shared with its parallel tasks, if
     * any).
     */
    int move(Task task, Date newDue) {
        return move(task.getProcessInstanceId(), task.getTaskDefinitionKey(), newDue);
    }

    /** The due moment of a waiting task's step, from outside the engine. */
    Optional<Instant> dueOf(Task task) {
        return inCommand(context -> {
            TaskEntity entity = context.getTaskManager().findTaskById(task.getId());
            ExecutionEntity carrier = entity == null ? null : carrier(entity.getExecution());
            return carrier == null ? Optional.<Instant>empty() : store.dueAt(carrier.getId());
        });
    }

    private static boolean isCandidateGroup(TaskEntity task, String group) {
        return task.getIdentityLinks().stream().map(IdentityLinkEntity::getGroupId).anyMatch(group::equals);
    }

    /**
     * Replaces the step's boundary timers with new ones, whose moments are evaluated
     * afresh.
     */
    private static void rearm(CommandContext context, ExecutionEntity carrier) {
        Map<String, TimerDeclarationImpl> declarations = TimerDeclarationImpl
            .getDeclarationsForScope(carrier.getActivity());
        for (TimerEntity timer : context.getJobManager().findTimersByExecutionId(carrier.getId())) {
            if (declarations.containsKey(timer.getActivityId())) {
                timer.delete();
            }
        }
        declarations.values().forEach(declaration -> declaration.createTimer(carrier));
    }

    private <T> T inCommand(Function<CommandContext, T> work) {
        CommandContext current = Context.getCommandContext();
        if (current != null) {
            return work.apply(current);
        }
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getObject()
            .getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(work::apply);
    }

}
