package vn.gov.oversight.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.gov.oversight.reporting.PeriodicReportProcess.Elements;
import vn.gov.oversight.reporting.PeriodicReportProcess.Variables;
import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.TaskCompletionRule;

/**
 * A report is sent only with sound figures of its kind ({@link FigureRules}): a
 * locality's households, checked against its previous accepted report too; a department's
 * policies. What the report is comes from the tables (by the instance's business key),
 * never from what the sender says. The coordinator accepts or returns it with a reason.
 */
@Component
class ReportCompletionRules implements TaskCompletionRule {

    private final ReportingStore store;

    private final int tolerancePercent;

    ReportCompletionRules(ReportingStore store,
            @Value("${oversight.reporting.flow-tolerance-percent:1}") int tolerancePercent) {
        this.store = store;
        this.tolerancePercent = tolerancePercent;
    }

    @Override
    public List<FieldProblem> check(Task task, Map<String, Object> variables) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!FormValues.isOf(task.getProcessDefinitionId(), PeriodicReportProcess.KEY)) {
            return problems;
        }
        String key = task.getTaskDefinitionKey();
        if (Elements.TASK_PREPARE_REPORT.equals(key) || Elements.TASK_PREPARE_POLICY_REPORT.equals(key)) {
            ReportingStore.Row report = FormValues.businessKeyOf(task, PeriodicReportProcess.KEY)
                .flatMap(store::reportIdOf)
                .flatMap(store::report)
                .orElseThrow();
            ReportFigures figures = SubmittedFigures.from(report.content(), variables, problems);
            if (problems.isEmpty()) {
                List<FieldProblem> found = report.content() == ReportContent.HOUSEHOLDS ? FigureRules
                    .checkHouseholds(figures, store.previousAccepted(report).orElse(null), tolerancePercent)
                        : FigureRules.checkPolicies(figures);
                found.forEach(problem -> problems
                    .add(new FieldProblem(SubmittedFigures.variableOf(problem.field()), problem.message())));
            }
        }
        else if (Elements.TASK_REVIEW_REPORT.equals(key)) {
            Boolean approved = FormValues.bool(variables.get(Variables.APPROVED));
            if (approved == null) {
                problems.add(new FieldProblem(Variables.APPROVED, "Chưa chọn tiếp nhận hay trả lại báo cáo"));
            }
            else if (!approved && FormValues.text(variables.get(Variables.REVIEW_COMMENT)) == null) {
                problems.add(new FieldProblem(Variables.REVIEW_COMMENT, "Trả lại thì phải ghi ý kiến"));
            }
        }
        return problems;
    }

}
