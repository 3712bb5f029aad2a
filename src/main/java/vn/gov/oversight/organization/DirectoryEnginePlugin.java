package vn.gov.oversight.organization;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Ties every process to the directory, whatever its model says:
 * <ul>
 * <li>when an instance starts with the variable {@value Directory#AGENCY_VARIABLE}, that agency's group
 * (or its successor) may read the instance;</li>
 * <li>when a user task is created for an agency that has been succeeded, the successor gets it.</li>
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
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new ParseListener());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private final class ParseListener extends AbstractBpmnParseListener {

        private final ExecutionListener grantInstance = this::grantInstanceToAgency;
        private final TaskListener moveToSuccessor = this::moveToSuccessor;

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            processDefinition.addListener(ExecutionListener.EVENTNAME_START, grantInstance);
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, moveToSuccessor);
            }
        }

        private void grantInstanceToAgency(DelegateExecution execution) {
            Object agency = execution.getVariable(Directory.AGENCY_VARIABLE);
            if (agency instanceof String code && !code.isBlank()) {
                mirror.getObject().grantInstanceToAgency(directory.getObject().currentAgencyFor(code),
                        execution.getProcessInstanceId());
            }
        }

        private void moveToSuccessor(DelegateTask task) {
            Directory current = directory.getObject();
            for (IdentityLink link : List.copyOf(task.getCandidates())) {
                if (link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    String successor = current.currentAgencyFor(link.getGroupId());
                    if (!successor.equals(link.getGroupId())) {
                        task.addCandidateGroup(successor);
                        task.deleteCandidateGroup(link.getGroupId());
                    }
                }
            }
        }
    }
}
