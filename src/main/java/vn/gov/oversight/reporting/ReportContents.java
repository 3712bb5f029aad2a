package vn.gov.oversight.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code ${reportContents...}} in the model: whether a report is a locality's household
 * report, read from the tables by the instance's business key, never from a variable a
 * person could send. Public for the expression language.
 */
@Component("reportContents")
public class ReportContents {

    private final Reports reports;

    ReportContents(Reports reports) {
        this.reports = reports;
    }

    public boolean households(DelegateExecution execution) {
        return reports.contentOf(reports.reportOf(execution.getProcessBusinessKey())) == ReportContent.HOUSEHOLDS;
    }

}
