package vn.gov.oversight.system;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who acted: the user whose request runs a delegate or a task listener, when there is
 * one.
 */
public final class Actors {

    private Actors() {
    }

    /**
     * The user whose completion of a task runs the delegate; null when the engine acts by
     * itself (a timer).
     */
    public static String of(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices()
            .getIdentityService()
            .getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    /** The user acting on the task; its assignee when the engine acts by itself. */
    public static String of(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? task.getAssignee() : authentication.getUserId();
    }

}
