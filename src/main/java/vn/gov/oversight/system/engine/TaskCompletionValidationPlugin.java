package vn.gov.oversight.system.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Checks every {@link TaskCompletionRule} before a task is completed or its form
 * submitted, through whatever channel. It runs as a command interceptor rather than a
 * task listener: the engine wraps a listener's exception into a generic one (a 500 on the
 * REST API), while a {@link FormFieldValidationException} thrown here reaches the REST
 * API, which answers 400 with its message; the transaction is rolled back and the task
 * stays open. The caller's right to work on the task is checked first, so that a stranger
 * gets 403 and learns nothing of the form.
 * <p>
 * A person (an authenticated user, through Tasklist or either REST API) submits only the
 * fields the task's own Camunda Form declares for input: any other variable (an id, an
 * agency code, a deadline the listeners and delegates rely on) is refused, and a field
 * the form only shows may be sent back unchanged (Tasklist does) but is then not written
 * again. The application's own completions (no authenticated user) are code, not input.
 */
public class TaskCompletionValidationPlugin extends AbstractProcessEnginePlugin {

    private final CamundaFormRule forms;

    private final Supplier<List<TaskCompletionRule>> moduleRules;

    /** Only the forms' own rules: the set-up of the process tests. */
    public TaskCompletionValidationPlugin() {
        this(new CamundaFormRule(), List::of);
    }

    /**
     * Module rules looked up when first needed: they may depend on the engine being
     * built.
     */
    TaskCompletionValidationPlugin(CamundaFormRule forms, Supplier<List<TaskCompletionRule>> moduleRules) {
        this.forms = forms;
        this.moduleRules = moduleRules;
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
                validate(CamundaFields.get(command, command.getClass(), "taskId"), CamundaFields.get(command,
                        command.getClass(), command instanceof CompleteTaskCmd ? "variables" : "properties"));
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
            if (submitted != null && !submitted.isEmpty()
                    && context.getProcessEngineConfiguration()
                        .getIdentityService()
                        .getCurrentAuthentication() != null) {
                onlyDeclaredFields(task, submitted);
            }
            applyRules(task, submitted);
        }

        private void onlyDeclaredFields(TaskEntity task, Map<String, Object> submitted) {
            CamundaFormRule.DeployedForm form = forms.form(task);
            List<FieldProblem> problems = new ArrayList<>();
            List<String> shownOnly = new ArrayList<>();
            for (Map.Entry<String, Object> entry : submitted.entrySet()) {
                String name = entry.getKey();
                if (form.isInput(name)) {
                    continue;
                }
                if (form.readOnly().contains(name)
                        && (!task.hasVariable(name) || sameValue(task.getVariable(name), entry.getValue()))) {
                    // shown only: never stored (derived when the form is opened), or sent
                    // back unchanged
                    shownOnly.add(name);
                }
                else if (form.readOnly().contains(name)) {
                    problems.add(new FieldProblem(name, "Trường '" + name + "' chỉ để xem, không được sửa"));
                }
                else {
                    problems.add(new FieldProblem(name,
                            "Biểu mẫu của công việc này không có trường '" + name + "'; không được gửi kèm"));
                }
            }
            if (!problems.isEmpty()) {
                throw new FormFieldValidationException(problems,
                        String.join("; ", problems.stream().map(FieldProblem::message).toList()));
            }
            try {
                shownOnly.forEach(submitted::remove);
            }
            catch (UnsupportedOperationException immutable) {
                // a caller's fixed map: the values are the ones already there
            }
        }

        private static boolean sameValue(Object current, Object submitted) {
            Object value = submitted instanceof TypedValue typed ? typed.getValue() : submitted;
            String a = current == null ? "" : current.toString();
            String b = value == null ? "" : value.toString();
            return a.equals(b);
        }

        private void applyRules(TaskEntity task, Map<String, Object> submitted) {
            Map<String, Object> variables = new HashMap<>(task.getVariables());
            if (submitted != null) {
                submitted.forEach((name, value) -> variables.put(name,
                        value instanceof TypedValue typed ? typed.getValue() : value));
            }
            List<FieldProblem> problems = new ArrayList<>();
            List<TaskCompletionRule> rules = new ArrayList<>();
            rules.add(forms);
            rules.addAll(moduleRules.get());
            for (TaskCompletionRule rule : rules) {
                // one problem per field: a later rule's finding about a field already at
                // fault (a negative number
                // the form refuses too) would only repeat the same mistake in other words
                Set<String> atFault = new HashSet<>(problems.stream().map(FieldProblem::field).toList());
                rule.check(task, variables)
                    .stream()
                    .filter(problem -> !atFault.contains(problem.field()))
                    .forEach(problems::add);
            }
            if (!problems.isEmpty()) {
                throw new FormFieldValidationException(problems,
                        String.join("; ", problems.stream().map(p -> p.message() + " (" + p.field() + ")").toList()));
            }
        }

    }

}
