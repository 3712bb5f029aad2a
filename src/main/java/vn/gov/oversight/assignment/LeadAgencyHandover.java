package vn.gov.oversight.assignment;

import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.gov.oversight.assignment.TaskAssignmentProcess.Elements;
import vn.gov.oversight.assignment.TaskAssignmentProcess.Variables;

/**
 * Hands an assignment's lead-agency steps to a new lead agency inside its process: the open steps' candidate
 * group is replaced (history keeps the old link), an assignee who is not a member of the new agency gives the
 * task back to its group, the steps to come are created for the new agency (variable {@code agencyCode}), and
 * the new agency's members may read the instance. The coordinator's steps and the contributions are untouched.
 */
@Component
class LeadAgencyHandover {

    private static final Logger log = LoggerFactory.getLogger(LeadAgencyHandover.class);
    private static final Set<String> LEAD_STEPS = Set.of(Elements.TASK_ACKNOWLEDGE_TASK, Elements.TASK_DRAFT_LOCAL_PLAN,
            Elements.TASK_ISSUE_LOCAL_PLAN, Elements.TASK_CARRY_OUT_TASK);

    private final TaskService tasks;
    private final IdentityService identity;
    private final AuthorizationService authorizations;

    LeadAgencyHandover(TaskService tasks, IdentityService identity, AuthorizationService authorizations) {
        this.tasks = tasks;
        this.identity = identity;
        this.authorizations = authorizations;
    }

    void handOver(DelegateExecution execution, String agency) {
        String instance = execution.getProcessInstanceId();
        execution.getProcessInstance().setVariable(Variables.AGENCY_CODE, agency);
        for (Task task : tasks.createTaskQuery().processInstanceId(instance).list()) {
            if (!LEAD_STEPS.contains(task.getTaskDefinitionKey())) {
                continue;
            }
            for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                        && !link.getGroupId().equals(agency)) {
                    tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
                }
            }
            tasks.addCandidateGroup(task.getId(), agency);
            if (task.getAssignee() != null
                    && identity.createUserQuery().userId(task.getAssignee()).memberOfGroup(agency).count() == 0) {
                tasks.setAssignee(task.getId(), null);
            }
        }
        if (authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(agency)
                .resourceType(Resources.PROCESS_INSTANCE).resourceId(instance).count() == 0) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(agency);
            grant.setResource(Resources.PROCESS_INSTANCE);
            grant.setResourceId(instance);
            grant.addPermission(Permissions.READ);
            authorizations.saveAuthorization(grant);
        }
        log.info("Instance {}: lead agency steps handed over to {}", instance, agency);
    }
}
