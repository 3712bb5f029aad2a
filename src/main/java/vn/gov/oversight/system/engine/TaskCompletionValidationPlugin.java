package vn.gov.oversight.system.engine;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;

import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.TaskCompletionRule;

/**
 * Checks every {@link TaskCompletionRule} before a task is completed or its form submitted, through
 * whatever channel. It runs as a command interceptor rather than a task listener: the engine wraps a
 * listener's exception into a generic one (a 500 on the REST API), while a
 * {@link FormFieldValidationException} thrown here reaches the REST API, which answers 400 with its
 * message; the transaction is rolled back and the task stays open. The caller's right to work on the task
 * is checked first, so that a stranger gets 403 and learns nothing of the form.
 */
public class TaskCompletionValidationPlugin extends AbstractProcessEnginePlugin {

    private final Supplier<List<TaskCompletionRule>> rules;

    /** Only the forms' own rules: the set-up of the process tests. */
    public TaskCompletionValidationPlugin() {
        this(List.of(new CamundaFormRule()));
    }

    public TaskCompletionValidationPlugin(List<TaskCompletionRule> rules) {
        this(() -> rules);
    }

    /** Rules looked up when first needed: they may depend on the engine being built. */
    public TaskCompletionValidationPlugin(Supplier<List<TaskCompletionRule>> rules) {
        this.rules = rules;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new ValidatingInterceptor());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    private final class ValidatingInterceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
                validate(field(command, "taskId"),
                        field(command, command instanceof CompleteTaskCmd ? "variables" : "properties"));
            }
            return next.execute(command);
        }

        private void validate(String taskId, Map<String, Object> submitted) {
            CommandContext context = Context.getCommandContext();
            TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
            if (task == null) {
                return; // the command itself reports the missing task
            }
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkTaskWork(task);
            }
            Map<String, Object> variables = new HashMap<>(task.getVariables());
            if (submitted != null) {
                submitted.forEach((name, value) -> variables.put(name,
                        value instanceof TypedValue typed ? typed.getValue() : value));
            }
            List<FieldProblem> problems = new ArrayList<>();
            for (TaskCompletionRule rule : rules.get()) {
                problems.addAll(rule.check(task, variables));
            }
            if (!problems.isEmpty()) {
                throw new FormFieldValidationException(problems,
                        String.join("; ", problems.stream().map(p -> p.message() + " (" + p.field() + ")").toList()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> V field(Object command, String name) {
        try {
            Field field = command.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return (V) field.get(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Camunda's " + command.getClass().getSimpleName() + " has no field '"
                    + name + "': check TaskCompletionValidationPlugin after an upgrade", e);
        }
    }
}
