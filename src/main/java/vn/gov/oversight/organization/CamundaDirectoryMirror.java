package vn.gov.oversight.organization;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.gov.oversight.system.Roles;

/**
 * Mirrors the directory into Camunda: groups, users, memberships and the authorizations
 * that follow from them. Everything here is idempotent, so it can be re-applied at any
 * time (and is, daily). Calls run inside the caller's transaction: a refused directory
 * change leaves Camunda untouched too.
 */
@Component
class CamundaDirectoryMirror {

    static final String AGENCY_GROUP_TYPE = "AGENCY";
    static final String ROLE_GROUP_TYPE = "ROLE";

    /**
     * Process definitions that the steering committee reads (its review of escalations).
     */
    static final String ESCALATION_REVIEW_PROCESS = "escalationReview";

    private static final Logger log = LoggerFactory.getLogger(CamundaDirectoryMirror.class);

    private final IdentityService identity;

    private final AuthorizationService authorizations;

    private final TaskService tasks;

    private final FilterService filters;

    private final RuntimeService runtime;

    CamundaDirectoryMirror(IdentityService identity, AuthorizationService authorizations, TaskService tasks,
            FilterService filters, RuntimeService runtime) {
        this.runtime = runtime;
        this.identity = identity;
        this.authorizations = authorizations;
        this.tasks = tasks;
        this.filters = filters;
    }

    // --- groups and users

    void ensureAgencyGroup(Agency agency) {
        ensureGroup(agency.code(), agency.name(), AGENCY_GROUP_TYPE);
    }

    void ensureUser(String userId, String firstName, String lastName, String email, String password) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            user = identity.newUser(userId);
            user.setPassword(password);
        }
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        identity.saveUser(user);
        // A person may read and update their own profile (change the password in
        // Tasklist).
        grantUser(userId, Resources.USER, userId, Permissions.READ, Permissions.UPDATE);
    }

    boolean userExists(String userId) {
        return identity.createUserQuery().userId(userId).count() > 0;
    }

    boolean groupExists(String groupId) {
        return identity.createGroupQuery().groupId(groupId).count() > 0;
    }

    /**
     * Makes the members of every managed group exactly {@code desired}: users are added
     * and removed, groups created when missing. Users unknown to Camunda are skipped.
     */
    void reconcileMemberships(Map<String, Set<String>> desired) {
        for (Map.Entry<String, Set<String>> entry : desired.entrySet()) {
            String groupId = entry.getKey();
            Set<String> current = identity.createUserQuery()
                .memberOfGroup(groupId)
                .list()
                .stream()
                .map(User::getId)
                .collect(Collectors.toSet());
            for (String userId : entry.getValue()) {
                if (!current.contains(userId) && userExists(userId)) {
                    identity.createMembership(userId, groupId);
                    log.info("Added {} to group {}", userId, groupId);
                }
            }
            for (String userId : current) {
                if (!entry.getValue().contains(userId)) {
                    identity.deleteMembership(userId, groupId);
                    log.info("Removed {} from group {}", userId, groupId);
                }
            }
        }
    }

    // --- authorizations that follow from the directory

    /**
     * The grants every installation has: everyone may log into Tasklist and keep private
     * filters; the coordinator reads every process, instance and task; the steering
     * committee reads its reviews. Sharing a filter needs an authorization to be created,
     * which only administrators may do.
     */
    void ensureBaseline() {
        ensureGroup(Roles.COORDINATOR_GROUP, "Cơ quan thường trực (điều phối)", ROLE_GROUP_TYPE);
        ensureGroup(Roles.STEERING_COMMITTEE_GROUP, "Ban Chỉ đạo", ROLE_GROUP_TYPE);

        grantUser(Authorization.ANY, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grantUser(Authorization.ANY, Resources.FILTER, Authorization.ANY, Permissions.CREATE);

        grantGroup(Roles.COORDINATOR_GROUP, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ,
                Permissions.READ_INSTANCE, Permissions.READ_TASK, Permissions.READ_HISTORY);
        grantGroup(Roles.COORDINATOR_GROUP, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
        grantGroup(Roles.COORDINATOR_GROUP, Resources.TASK, Authorization.ANY, Permissions.READ);

        grantGroup(Roles.STEERING_COMMITTEE_GROUP, Resources.PROCESS_DEFINITION, ESCALATION_REVIEW_PROCESS,
                Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_TASK, Permissions.READ_HISTORY);

        ensureSharedFilter("Việc của tôi", -10, "Các việc đang giao cho tôi",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensureSharedFilter("Việc của cơ quan tôi", 0, "Các việc giao cho cơ quan, nhóm của tôi, chưa ai nhận",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
        ensureSharedFilter("Tất cả việc tôi được xem", 10, "Mọi việc mà quyền của tôi cho phép xem",
                tasks.createTaskQuery());
    }

    /** Members of the agency may read the process instance that works for it. */
    void grantInstanceToAgency(String agencyCode, String processInstanceId) {
        grantGroup(agencyCode, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
    }

    /**
     * Moves one process instance's open tasks from one agency to another (candidate
     * group, an assignee who is not a member of the new agency gives the task back), lets
     * the new agency read the instance, and makes the instance's agency variable name the
     * new one, so that its next steps are created for it.
     */
    int moveInstance(String processInstanceId, String fromGroup, String toGroup) {
        List<Task> open = tasks.createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskCandidateGroup(fromGroup)
            .includeAssignedTasks()
            .list();
        moveTasks(open, fromGroup, toGroup);
        grantGroup(toGroup, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        if (fromGroup.equals(runtime.getVariable(processInstanceId, Directory.AGENCY_VARIABLE))) {
            runtime.setVariable(processInstanceId, Directory.AGENCY_VARIABLE, toGroup);
        }
        return open.size();
    }

    /**
     * Moves the open tasks and the instance grants of one agency to another: the
     * candidate group is replaced (history keeps the old link), an assignee who is not a
     * member of the successor gives the task back to the successor's group. Returns the
     * number of tasks moved.
     */
    int moveOpenWork(String fromGroup, String toGroup) {
        List<Task> open = tasks.createTaskQuery().taskCandidateGroup(fromGroup).includeAssignedTasks().list();
        moveTasks(open, fromGroup, toGroup);
        for (Authorization grant : authorizations.createAuthorizationQuery()
            .groupIdIn(fromGroup)
            .resourceType(Resources.PROCESS_INSTANCE)
            .list()) {
            grantGroup(toGroup, Resources.PROCESS_INSTANCE, grant.getResourceId(), Permissions.READ);
        }
        log.info("Moved {} open tasks from {} to {}", open.size(), fromGroup, toGroup);
        return open.size();
    }

    // --- helpers

    /**
     * The candidate group is replaced (history keeps the old link); an assignee who is
     * not a member of the new agency gives the task back to its group.
     */
    private void moveTasks(List<Task> open, String fromGroup, String toGroup) {
        Set<String> members = identity.createUserQuery()
            .memberOfGroup(toGroup)
            .list()
            .stream()
            .map(User::getId)
            .collect(Collectors.toSet());
        for (Task task : open) {
            tasks.addCandidateGroup(task.getId(), toGroup);
            tasks.deleteCandidateGroup(task.getId(), fromGroup);
            if (task.getAssignee() != null && !members.contains(task.getAssignee())) {
                tasks.setAssignee(task.getId(), null);
            }
        }
    }

    private void ensureGroup(String id, String name, String type) {
        Group group = identity.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identity.newGroup(id);
        }
        else if (name.equals(group.getName()) && type.equals(group.getType())) {
            return;
        }
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
    }

    private void ensureSharedFilter(String name, int priority, String description, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("priority", priority, "description", description, "refresh", true));
            filters.saveFilter(filter);
        }
        grantUser(Authorization.ANY, Resources.FILTER, filter.getId(), Permissions.READ);
    }

    private void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization grant = authorizations.createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
        if (grant == null) {
            grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        }
        save(grant, permissions);
    }

    private void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
        int type = Authorization.ANY.equals(userId) ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT;
        var query = authorizations.createAuthorizationQuery()
            .authorizationType(type)
            .resourceType(resource)
            .resourceId(resourceId);
        if (type == Authorization.AUTH_TYPE_GRANT) {
            query.userIdIn(userId);
        }
        Authorization grant = query.singleResult();
        if (grant == null) {
            grant = authorizations.createNewAuthorization(type);
            grant.setUserId(userId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        }
        save(grant, permissions);
    }

    private void save(Authorization grant, Permission... permissions) {
        Set<Permission> missing = new HashSet<>(List.of(permissions));
        missing.removeIf(grant::isPermissionGranted);
        if (missing.isEmpty() && grant.getId() != null) {
            return;
        }
        missing.forEach(grant::addPermission);
        authorizations.saveAuthorization(grant);
    }

}
