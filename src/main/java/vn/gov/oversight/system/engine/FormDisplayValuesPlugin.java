package vn.gov.oversight.system.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

import vn.gov.oversight.system.TaskDisplayValues;

/**
 * Adds to a task's form variables (what Tasklist loads to fill a Camunda Form) the values
 * the modules derive for display ({@link TaskDisplayValues}), so that a form opened after
 * a deadline moved shows the new date. The values are computed for the reader and never
 * stored.
 */
public class FormDisplayValuesPlugin extends AbstractProcessEnginePlugin {

    private final Supplier<List<TaskDisplayValues>> providers;

    public FormDisplayValuesPlugin(Supplier<List<TaskDisplayValues>> providers) {
        this.providers = providers;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        interceptors.add(new AddingDisplayValues());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    /**
     * Typed as Tasklist and REST clients expect them (an untyped value has no type in the
     * REST answer).
     */
    private static TypedValue typed(Object value) {
        if (value instanceof String text) {
            return Variables.stringValue(text);
        }
        if (value instanceof Long number) {
            return Variables.longValue(number);
        }
        if (value instanceof Integer number) {
            return Variables.integerValue(number);
        }
        if (value instanceof Boolean flag) {
            return Variables.booleanValue(flag);
        }
        return Variables.untypedValue(value);
    }

    private final class AddingDisplayValues extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            T result = next.execute(command);
            if (command instanceof GetTaskFormVariablesCmd formVariables && result instanceof VariableMap variables) {
                String taskId = formVariables.resourceId;
                Collection<String> wanted = formVariables.formVariableNames;
                TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
                if (task != null) {
                    for (TaskDisplayValues provider : providers.get()) {
                        provider.of(task).forEach((name, value) -> {
                            if (wanted == null || wanted.contains(name)) {
                                variables.putValueTyped(name, typed(value));
                            }
                        });
                    }
                }
            }
            return result;
        }

    }

}
