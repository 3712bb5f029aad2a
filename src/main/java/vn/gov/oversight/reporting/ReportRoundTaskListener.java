package vn.gov.oversight.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.gov.oversight.reporting.ReportingRoundProcess.Elements;

/**
 * {@code ${reportRoundTaskListener}}: records the steering committee's receipt of a review (what the round's
 * forms show is read when they are opened: {@link ReportRoundDisplayValues}).
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
        if (EVENTNAME_COMPLETE.equals(task.getEventName())
                && Elements.TASK_RECEIVE_REVIEW.equals(task.getTaskDefinitionKey())) {
            reports.receivedByCommittee(period);
        }
    }
}
