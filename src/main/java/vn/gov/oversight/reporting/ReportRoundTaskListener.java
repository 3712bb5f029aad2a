package vn.gov.oversight.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.gov.oversight.reporting.ReportingRoundProcess.Elements;
import vn.gov.oversight.reporting.ReportingRoundProcess.Variables;

/**
 * {@code ${reportRoundTaskListener}}: puts the consolidated figures as people read them on the round's
 * tasks when they are created; records the steering committee's receipt of a review.
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
            task.setVariable(Variables.SUMMARY_TEXT, reports.summaryText(period));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())
                && Elements.TASK_RECEIVE_REVIEW.equals(task.getTaskDefinitionKey())) {
            reports.receivedByCommittee(period);
        }
    }
}
