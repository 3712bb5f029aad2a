package vn.gov.oversight.reporting;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.gov.oversight.deadline.WorkingCalendar;

/**
 * {@code ${reportRounds...}} in the round's model: consolidation starts when every report is accepted, or
 * at the latest {@code oversight.reporting.consolidation-grace} after the period's due date; the
 * coordinator has {@code oversight.reporting.consolidate-within} for it. Public for the expression language.
 */
@Component("reportRounds")
public class ReportRounds {

    private final ReportingStore store;
    private final WorkingCalendar calendar;
    private final String grace;
    private final String consolidateWithin;

    ReportRounds(ReportingStore store, WorkingCalendar calendar,
            @Value("${oversight.reporting.consolidation-grace:P5D}") String grace,
            @Value("${oversight.reporting.consolidate-within:P5D}") String consolidateWithin) {
        this.store = store;
        this.calendar = calendar;
        this.grace = grace;
        this.consolidateWithin = consolidateWithin;
    }

    /** The round's business key is its period's code. */
    public Date consolidationStartsAt(DelegateExecution execution) {
        ReportingPeriods.Period period = store.period(execution.getProcessBusinessKey()).orElseThrow();
        return Date.from(calendar.dueAfter(calendar.endOf(period.dueDate()), grace).toInstant());
    }

    public Date consolidationDue() {
        return Date.from(calendar.dueAfter(consolidateWithin).toInstant());
    }

    /** How long the consolidation lasts, for re-arming it after a holiday correction. */
    String consolidateWithin() {
        return consolidateWithin;
    }
}
