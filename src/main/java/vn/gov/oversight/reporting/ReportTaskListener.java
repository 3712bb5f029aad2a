package vn.gov.oversight.reporting;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.gov.oversight.reporting.PeriodicReportProcess.Elements;
import vn.gov.oversight.reporting.PeriodicReportProcess.Variables;
import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.TaskNames;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;

/**
 * {@code ${reportTaskListener}}: keeps the submitted figures in the tables when a report
 * is sent; a coordinator's decision starts afresh on each round and is kept as a boolean
 * for the gateway.
 */
@Component("reportTaskListener")
class ReportTaskListener implements TaskListener {

    private final Reports reports;

    ReportTaskListener(Reports reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = reports.reportOf(task.getExecution().getProcessBusinessKey());
        boolean review = Elements.TASK_REVIEW_REPORT.equals(task.getTaskDefinitionKey());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // which period and which agency: lists tell the reports apart
            task.setName(TaskNames.of(task.getName(), reports.periodOf(id), reports.reporterNameOf(id)));
        }
        if (EVENTNAME_CREATE.equals(task.getEventName()) && review) {
            task.getExecution().removeVariable(Variables.APPROVED);
            task.getExecution().removeVariable(Variables.REVIEW_COMMENT);
        }
        else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            if (review) {
                task.getExecution()
                    .setVariable(Variables.APPROVED,
                            Boolean.TRUE.equals(FormValues.bool(task.getVariable(Variables.APPROVED))));
            }
            else {
                List<FieldProblem> ignored = new ArrayList<>(); // checked before
                                                                // completion by
                                                                // ReportCompletionRules
                reports.submitted(id, SubmittedFigures.from(reports.contentOf(id), task.getVariables(), ignored));
            }
        }
    }

}
