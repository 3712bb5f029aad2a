package vn.gov.oversight.reporting;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.gov.oversight.organization.Agency;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.reporting.PeriodicReportProcess.Variables;
import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.PeopleDates;
import vn.gov.oversight.system.TaskDisplayValues;

/**
 * What the forms of {@code periodicReport} show, read from the tables when the form is
 * opened: the period, its data window and due date, the reporting agency's name today,
 * and the step's own due date.
 */
@Component
class ReportDisplayValues implements TaskDisplayValues {

    private final ReportingStore store;

    private final Directory directory;

    ReportDisplayValues(ReportingStore store, Directory directory) {
        this.store = store;
        this.directory = directory;
    }

    @Override
    public Map<String, Object> of(Task task) {
        return FormValues.businessKeyOf(task, PeriodicReportProcess.KEY)
            .flatMap(store::reportIdOf)
            .flatMap(store::report)
            .flatMap(report -> store.period(report.periodCode()).map(period -> {
                Map<String, Object> values = new HashMap<>();
                values.put(Variables.PERIOD_CODE, period.code());
                values.put(Variables.PERIOD_LABEL, period.kind().label());
                values.put(Variables.AGENCY_NAME,
                        directory.agency(report.agencyCode()).map(Agency::name).orElse(report.agencyCode()));
                values.put(Variables.CUT_OFF_TEXT,
                        PeopleDates.day(period.cutOffFrom()) + " đến " + PeopleDates.day(period.cutOffTo()));
                values.put(Variables.DUE_DATE_TEXT, PeopleDates.day(period.reportersDueDate()));
                if (PeriodicReportProcess.Elements.TASK_REVIEW_REPORT.equals(task.getTaskDefinitionKey())) {
                    values.put(Variables.REPORT_TEXT, ReportText.of(report.content(), report.figures()));
                }
                if (task.getDueDate() != null) {
                    values.put(Variables.STEP_DUE_DATE_TEXT, PeopleDates.day(task.getDueDate()));
                }
                return values;
            }))
            .orElse(Map.of());
    }

}
