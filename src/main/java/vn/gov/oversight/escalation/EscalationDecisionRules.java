package vn.gov.oversight.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.gov.oversight.escalation.EscalationReviewProcess.Elements;
import vn.gov.oversight.escalation.EscalationReviewProcess.Variables;
import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.TaskCompletionRule;

/**
 * What each decision needs: a directive to direct, a new due date after today to extend,
 * a reason to close; calling for accountability or ordering an inspection needs nothing
 * more.
 */
@Component
class EscalationDecisionRules implements TaskCompletionRule {

    private final EscalationLadder ladder;

    EscalationDecisionRules(EscalationLadder ladder) {
        this.ladder = ladder;
    }

    @Override
    public List<FieldProblem> check(Task task, Map<String, Object> variables) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!FormValues.isOf(task.getProcessDefinitionId(), EscalationReviewProcess.KEY)
                || !Elements.TASK_REVIEW_ESCALATION.equals(task.getTaskDefinitionKey())) {
            return problems;
        }
        Object value = variables.get(Variables.DECISION);
        Escalation.Decision decision = Arrays.stream(Escalation.Decision.values())
            .filter(candidate -> candidate.name().equals(value == null ? null : value.toString().trim()))
            .findFirst()
            .orElse(null);
        if (decision == null) {
            problems.add(new FieldProblem(Variables.DECISION,
                    "Chưa chọn quyết định (decision: DIRECT, EXTEND, ACCOUNTABILITY, INSPECT hoặc CLOSE)"));
            return problems;
        }
        switch (decision) {
            case DIRECT ->
                requireText(variables, Variables.DIRECTIVE, "Chỉ đạo thì phải ghi nội dung chỉ đạo", problems);
            case CLOSE -> requireText(variables, Variables.CLOSE_REASON, "Kết thúc thì phải ghi lý do", problems);
            case EXTEND -> {
                LocalDate newDue = FormValues.date(variables.get(Variables.NEW_DUE_DATE));
                if (newDue == null) {
                    problems.add(new FieldProblem(Variables.NEW_DUE_DATE,
                            "Gia hạn thì phải ghi hạn mới (newDueDate, dạng yyyy-MM-dd)"));
                }
                else if (!newDue.isAfter(ladder.now().toLocalDate())) {
                    problems.add(new FieldProblem(Variables.NEW_DUE_DATE, "Hạn mới " + newDue + " phải sau hôm nay"));
                }
            }
            case ACCOUNTABILITY, INSPECT -> {
                // the agency head is asked for the report, or the coordinator names the
                // inspection's team
            }
        }
        return problems;
    }

    private static void requireText(Map<String, Object> variables, String name, String message,
            List<FieldProblem> problems) {
        if (FormValues.text(variables.get(name)) == null) {
            problems.add(new FieldProblem(name, message));
        }
    }

}
