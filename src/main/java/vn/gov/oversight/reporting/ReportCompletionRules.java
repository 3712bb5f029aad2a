package vn.gov.oversight.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.gov.oversight.reporting.PeriodicReportProcess.Elements;
import vn.gov.oversight.reporting.PeriodicReportProcess.Variables;
import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.TaskCompletionRule;

/**
 * A report is submitted only with sound figures (required, whole, not negative, consistent: see
 * {@link FigureRules}); the coordinator accepts or returns it with a reason.
 */
@Component
class ReportCompletionRules implements TaskCompletionRule {

    @Override
    public List<FieldProblem> check(Task task, Map<String, Object> variables) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!FormValues.isOf(task.getProcessDefinitionId(), PeriodicReportProcess.KEY)) {
            return problems;
        }
        if (Elements.TASK_PREPARE_REPORT.equals(task.getTaskDefinitionKey())) {
            ReportFigures figures = SubmittedFigures.from(variables, problems);
            if (problems.isEmpty()) {
                FigureRules.check(figures).forEach(problem -> problems.add(
                        new FieldProblem(SubmittedFigures.variableOf(problem.field()), problem.message())));
            }
        } else if (Elements.TASK_REVIEW_REPORT.equals(task.getTaskDefinitionKey())) {
            Boolean approved = FormValues.bool(variables.get(Variables.APPROVED));
            if (approved == null) {
                problems.add(new FieldProblem(Variables.APPROVED, "Chưa chọn tiếp nhận hay trả lại (approved: true hoặc false)"));
            } else if (!approved && FormValues.text(variables.get(Variables.REVIEW_COMMENT)) == null) {
                problems.add(new FieldProblem(Variables.REVIEW_COMMENT, "Trả lại thì phải ghi ý kiến"));
            }
        }
        return problems;
    }
}
