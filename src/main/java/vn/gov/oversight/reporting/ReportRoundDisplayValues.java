package vn.gov.oversight.reporting;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.gov.oversight.reporting.ReportingRoundProcess.Variables;
import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.PeopleDates;
import vn.gov.oversight.system.TaskDisplayValues;

/**
 * What the forms of {@code reportingRound} show: the period and the consolidated figures
 * as they are now.
 */
@Component
class ReportRoundDisplayValues implements TaskDisplayValues {

    private final ReportingStore store;

    private final Reports reports;

    ReportRoundDisplayValues(ReportingStore store, Reports reports) {
        this.store = store;
        this.reports = reports;
    }

    @Override
    public Map<String, Object> of(Task task) {
        return FormValues.businessKeyOf(task, ReportingRoundProcess.KEY).flatMap(store::period).map(period -> {
            Map<String, Object> values = new HashMap<>();
            values.put(Variables.PERIOD_CODE, period.code());
            values.put(Variables.PERIOD_LABEL, period.kind().label().toLowerCase());
            values.put(Variables.SUMMARY_TEXT, reports.summaryText(period.code()));
            if (task.getDueDate() != null) {
                values.put(Variables.STEP_DUE_DATE_TEXT, PeopleDates.day(task.getDueDate()));
            }
            return values;
        }).orElse(Map.of());
    }

}
