package vn.gov.oversight.escalation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.system.TaskNames;

/**
 * {@code ${escalationTaskNames}}: names the steering committee's review and the
 * accountability report after what was escalated and whose it is, so that lists tell them
 * apart.
 */
@Component("escalationTaskNames")
class EscalationTaskNames implements TaskListener {

    private final Escalations escalations;

    private final Directory directory;

    EscalationTaskNames(Escalations escalations, Directory directory) {
        this.escalations = escalations;
        this.directory = directory;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = Escalations.idOf(task.getExecution().getProcessBusinessKey());
        escalations.find(id)
            .ifPresent(escalation -> task.setName(TaskNames.of(task.getName(), escalation.title(),
                    directory.agency(escalation.agency()).map(agency -> agency.name()).orElse(escalation.agency()))));
    }

}
