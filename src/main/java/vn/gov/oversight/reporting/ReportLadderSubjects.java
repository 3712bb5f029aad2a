package vn.gov.oversight.reporting;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.gov.oversight.escalation.EscalationLadder;
import vn.gov.oversight.escalation.LadderSubject;
import vn.gov.oversight.escalation.LadderSubjects;
import vn.gov.oversight.organization.Agency;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.reporting.PeriodicReportProcess.Elements;
import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.Roles;

/**
 * What a waiting step of {@code periodicReport} is about: the report, and who must act on
 * it.
 */
@Component
class ReportLadderSubjects implements LadderSubjects {

    static final String SUBJECT_TYPE = "REPORT";
    static final String ROUND_SUBJECT_TYPE = "ROUND";

    private final Directory directory;

    private final ReportingStore store;

    private final ReportDeadlines deadlines;

    private final EscalationLadder ladder;

    ReportLadderSubjects(Directory directory, ReportingStore store, ReportDeadlines deadlines,
            EscalationLadder ladder) {
        this.directory = directory;
        this.store = store;
        this.deadlines = deadlines;
        this.ladder = ladder;
    }

    @Override
    public Optional<String> durationOf(String processDefinitionId, String taskDefinitionKey) {
        if (FormValues.isOf(processDefinitionId, ReportingRoundProcess.KEY)) {
            // the consolidation is due on the province's date, not a time after its
            // start; the committee's receipt
            // is counted from its start
            return ReportingRoundProcess.Elements.TASK_RECEIVE_REVIEW.equals(taskDefinitionKey)
                    ? Optional.of(ladder.committeeWithin()) : Optional.empty();
        }
        return FormValues.isOf(processDefinitionId, PeriodicReportProcess.KEY) ? deadlines.durationOf(taskDefinitionKey)
                : Optional.empty();
    }

    @Override
    public Optional<LadderSubject> subjectOf(DelegateTask task) {
        if (FormValues.isOf(task.getProcessDefinitionId(), ReportingRoundProcess.KEY)) {
            return consolidation(task);
        }
        if (!FormValues.isOf(task.getProcessDefinitionId(), PeriodicReportProcess.KEY)) {
            return Optional.empty();
        }
        // from the tables, by the instance's business key: never from variables a person
        // could send
        String businessKey = task.getExecution().getProcessBusinessKey();
        ReportingStore.Row report = store.reportIdOf(businessKey)
            .flatMap(store::report)
            .orElseThrow(() -> new IllegalStateException("No report for business key " + businessKey));
        String period = report.periodCode();
        String periodLabel = store.period(period).map(p -> p.kind().label()).orElse("Báo cáo");
        String agencyName = directory.agency(report.agencyCode()).map(Agency::name).orElse(report.agencyCode());
        boolean review = Elements.TASK_REVIEW_REPORT.equals(task.getTaskDefinitionKey());
        String agency = review ? directory.coordinatorOn(directory.today()).orElse(report.agencyCode())
                : report.agencyCode();
        return Optional.of(new LadderSubject(SUBJECT_TYPE, report.id(), task.getTaskDefinitionKey(), agency, period,
                periodLabel + " kỳ " + period + " của " + agencyName,
                review ? "Chờ kiểm tra báo cáo" : "Chờ gửi báo cáo"));
    }

    /**
     * The coordinator's consolidation of a period, or the steering committee's receipt of
     * the province's review report: subject {@code ROUND}, the period's number.
     */
    private Optional<LadderSubject> consolidation(DelegateTask task) {
        String code = task.getExecution().getProcessBusinessKey();
        if (ReportingRoundProcess.Elements.TASK_RECEIVE_REVIEW.equals(task.getTaskDefinitionKey())) {
            return store.period(code)
                .flatMap(period -> store.periodIdOf(code)
                    .map(id -> new LadderSubject(ROUND_SUBJECT_TYPE, id, task.getTaskDefinitionKey(),
                            Roles.STEERING_COMMITTEE_GROUP, null,
                            "Nhận " + period.kind().label().toLowerCase() + " kỳ " + code + " của tỉnh",
                            "Chờ Ban Chỉ đạo nhận báo cáo")));
        }
        if (!ReportingRoundProcess.Elements.TASK_CONSOLIDATE_REPORTS.equals(task.getTaskDefinitionKey())) {
            return Optional.empty();
        }
        return store.period(code)
            .flatMap(period -> store.periodIdOf(code)
                .map(id -> new LadderSubject(ROUND_SUBJECT_TYPE, id, task.getTaskDefinitionKey(),
                        directory.coordinatorOn(directory.today()).orElse(Roles.COORDINATOR_GROUP), null,
                        "Tổng hợp " + period.kind().label().toLowerCase() + " kỳ " + code + " của tỉnh",
                        "Chờ tổng hợp báo cáo của tỉnh")));
    }

}
