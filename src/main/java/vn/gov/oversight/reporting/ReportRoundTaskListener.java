package vn.gov.oversight.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.gov.oversight.system.TaskNames;

import vn.gov.oversight.reporting.ReportingRoundProcess.Elements;

/**
 * {@code ${reportRoundTaskListener}}: names the round's tasks after their period; records
 * the steering committee's receipt of a review (what the round's forms show is read when
 * they are opened: {@link ReportRoundDisplayValues}).
 */
@Component("reportRoundTaskListener")
class ReportRoundTaskListener implements TaskListener {

    private final Reports reports;

    ReportRoundTaskListener(Reports reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        // the round's business key is its period: not a variable a person could send
        String period = task.getExecution().getProcessBusinessKey();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // which period: lists tell the rounds apart
            task.setName(TaskNames.of(task.getName(), reports.periodLabelOf(period), null));
        }
        else if (EVENTNAME_COMPLETE.equals(task.getEventName())
                && Elements.TASK_RECEIVE_REVIEW.equals(task.getTaskDefinitionKey())) {
            reports.receivedByCommittee(period);
        }
    }

}
