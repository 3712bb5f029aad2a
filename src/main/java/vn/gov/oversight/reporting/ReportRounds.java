package vn.gov.oversight.reporting;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.gov.oversight.deadline.WorkingCalendar;

/**
 * {@code ${reportRounds...}} in the round's model: consolidation starts when every report
 * is accepted, or at the latest when the reporters' deadline has passed; it is due by the
 * end of the province's deadline, so that the province's report leaves on time. Public
 * for the expression language.
 */
@Component("reportRounds")
public class ReportRounds {

    private final ReportingStore store;

    private final WorkingCalendar calendar;

    ReportRounds(ReportingStore store, WorkingCalendar calendar) {
        this.store = store;
        this.calendar = calendar;
    }

    /**
     * The end of the reporters' due date; the round's business key is its period's code.
     */
    public Date consolidationStartsAt(DelegateExecution execution) {
        return Date.from(calendar.endOf(period(execution).reportersDueDate()).toInstant());
    }

    /** The end of the province's due date. */
    public Date consolidationDue(DelegateExecution execution) {
        return Date.from(calendar.endOf(period(execution).dueDate()).toInstant());
    }

    private ReportingPeriods.Period period(DelegateExecution execution) {
        return store.period(execution.getProcessBusinessKey()).orElseThrow();
    }

}
