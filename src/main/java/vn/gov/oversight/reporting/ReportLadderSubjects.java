package vn.gov.oversight.reporting;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.gov.oversight.escalation.LadderSubject;
import vn.gov.oversight.escalation.LadderSubjects;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.reporting.PeriodicReportProcess.Elements;
import vn.gov.oversight.reporting.PeriodicReportProcess.Variables;
import vn.gov.oversight.system.FormValues;

/** What a waiting step of {@code periodicReport} is about: the report, and who must act on it. */
@Component
class ReportLadderSubjects implements LadderSubjects {

    static final String SUBJECT_TYPE = "REPORT";

    private final Directory directory;

    ReportLadderSubjects(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<LadderSubject> subjectOf(DelegateTask task) {
        if (!FormValues.isOf(task.getProcessDefinitionId(), PeriodicReportProcess.KEY)) {
            return Optional.empty();
        }
        long id = ((Number) task.getVariable(Variables.REPORT_ID)).longValue();
        String period = (String) task.getVariable(Variables.PERIOD_CODE);
        boolean review = Elements.TASK_REVIEW_REPORT.equals(task.getTaskDefinitionKey());
        String agency = review ? directory.coordinatorOn(directory.today()).orElse((String) task.getVariable(Variables.AGENCY_CODE))
                : (String) task.getVariable(Variables.AGENCY_CODE);
        return Optional.of(new LadderSubject(SUBJECT_TYPE, id, task.getTaskDefinitionKey(), agency, period,
                task.getVariable(Variables.PERIOD_LABEL) + " kỳ " + period + " của "
                        + task.getVariable(Variables.AGENCY_NAME),
                review ? "Chờ kiểm tra báo cáo" : "Chờ gửi báo cáo"));
    }
}
