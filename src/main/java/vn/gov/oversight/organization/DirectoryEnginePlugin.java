package vn.gov.oversight.organization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Ties every process to the directory, whatever its model says:
 * <ul>
 * <li>when an instance starts with the variable {@value Directory#AGENCY_VARIABLE}, that
 * agency's group (or its successor) may read the instance;</li>
 * <li>when a user task is created for an agency that has been succeeded, its candidate
 * group is the successor.</li>
 * </ul>
 */
@Component
class DirectoryEnginePlugin extends AbstractProcessEnginePlugin {

    // Lazy: the directory needs the engine's services, which this plugin helps to build.
    private final ObjectProvider<Directory> directory;

    private final ObjectProvider<CamundaDirectoryMirror> mirror;

    DirectoryEnginePlugin(ObjectProvider<Directory> directory, ObjectProvider<CamundaDirectoryMirror> mirror) {
        this.directory = directory;
        this.mirror = mirror;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new ParseListener());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /**
     * A candidate-group expression whose agencies are replaced by their current
     * successors when the task is created, before any identity link exists.
     */
    private final class SuccessorResolvingExpression implements Expression {

        private final Expression groups;

        SuccessorResolvingExpression(Expression groups) {
            this.groups = groups;
        }

        @Override
        public Object getValue(VariableScope scope) {
            Object value = groups.getValue(scope);
            if (value instanceof String text) {
                return Arrays.stream(text.split(","))
                    .map(String::trim)
                    .filter(id -> !id.isEmpty())
                    .map(this::current)
                    .collect(Collectors.joining(","));
            }
            if (value instanceof Collection<?> ids) {
                return ids.stream().map(id -> current(String.valueOf(id))).toList();
            }
            return value;
        }

        private String current(String groupId) {
            return directory.getObject().currentAgencyFor(groupId);
        }

        @Override
        public void setValue(Object value, VariableScope scope) {
            groups.setValue(value, scope);
        }

        @Override
        public String getExpressionText() {
            return groups.getExpressionText();
        }

        @Override
        public boolean isLiteralText() {
            // never treated as a constant: the directory answers at each creation
            return false;
        }

    }

    private final class ParseListener extends AbstractBpmnParseListener {

        private final ExecutionListener grantInstance = this::grantInstanceToAgency;

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            processDefinition.addListener(ExecutionListener.EVENTNAME_START, grantInstance);
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                Set<Expression> groups = behavior.getTaskDefinition().getCandidateGroupIdExpressions();
                List<Expression> resolved = groups.stream().<Expression>map(SuccessorResolvingExpression::new).toList();
                groups.clear();
                groups.addAll(resolved);
            }
        }

        private void grantInstanceToAgency(DelegateExecution execution) {
            Object agency = execution.getVariable(Directory.AGENCY_VARIABLE);
            if (agency instanceof String code && !code.isBlank()) {
                mirror.getObject()
                    .grantInstanceToAgency(directory.getObject().currentAgencyFor(code),
                            execution.getProcessInstanceId());
            }
        }

    }

}
