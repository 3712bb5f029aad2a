package vn.gov.oversight.reporting;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.gov.oversight.deadline.WorkingCalendar;

/**
 * {@code ${reportDeadlines...}} in the model: a report is due at the end of its period's
 * due date; the coordinator's check within {@code oversight.reporting.review-within}.
 * Public for the expression language.
 */
@Component("reportDeadlines")
public class ReportDeadlines {

    private final Reports reports;

    private final WorkingCalendar calendar;

    private final String reviewWithin;

    ReportDeadlines(Reports reports, WorkingCalendar calendar,
            @Value("${oversight.reporting.review-within:P5D}") String reviewWithin) {
        this.reports = reports;
        this.calendar = calendar;
        this.reviewWithin = reviewWithin;
    }

    public Date submissionDue(DelegateExecution execution) {
        long reportId = reports.reportOf(execution.getProcessBusinessKey());
        return Date.from(calendar.endOf(reports.dueDateOf(reportId)).toInstant());
    }

    public Date reviewDue() {
        return Date.from(calendar.dueAfter(reviewWithin).toInstant());
    }

    /**
     * The duration a step's due moment is counted with from its start; empty for the
     * report, due on its date.
     */
    Optional<String> durationOf(String taskDefinitionKey) {
        return PeriodicReportProcess.Elements.TASK_REVIEW_REPORT.equals(taskDefinitionKey) ? Optional.of(reviewWithin)
                : Optional.empty();
    }

}
