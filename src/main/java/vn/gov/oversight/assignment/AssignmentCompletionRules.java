package vn.gov.oversight.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.gov.oversight.assignment.TaskAssignmentProcess.Elements;
import vn.gov.oversight.assignment.TaskAssignmentProcess.Variables;
import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.TaskCompletionRule;

/**
 * What the forms cannot say about an assignment's steps: the officer named must belong to
 * the agency; a coordinator's decision must be given and a return must say why; a plan
 * cannot be issued on a day that has not come.
 */
@Component
class AssignmentCompletionRules implements TaskCompletionRule {

    private final Assignments assignments;

    AssignmentCompletionRules(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public List<FieldProblem> check(Task task, Map<String, Object> variables) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!FormValues.isOf(task.getProcessDefinitionId(), TaskAssignmentProcess.KEY)) {
            return problems;
        }
        switch (task.getTaskDefinitionKey()) {
            case Elements.TASK_ACKNOWLEDGE_TASK -> {
                String officer = FormValues.text(variables.get(Variables.OFFICER_USER_ID));
                String agency = assignments.agencyOf(assignments.assignmentOf(businessKey(task)));
                if (officer != null && !assignments.isMember(agency, officer)) {
                    problems.add(new FieldProblem(Variables.OFFICER_USER_ID,
                            "Cán bộ phụ trách '" + officer + "' không phải thành viên của cơ quan chủ trì"));
                }
            }
            case Elements.TASK_REVIEW_DRAFT, Elements.TASK_CONFIRM_COMPLETION -> {
                Boolean approved = FormValues.bool(variables.get(Variables.APPROVED));
                if (approved == null) {
                    problems.add(new FieldProblem(Variables.APPROVED, "Chưa chọn duyệt hay trả lại"));
                }
                else if (!approved && FormValues.text(variables.get(Variables.REVIEW_COMMENT)) == null) {
                    problems.add(new FieldProblem(Variables.REVIEW_COMMENT, "Trả lại thì phải ghi ý kiến"));
                }
            }
            case Elements.TASK_ISSUE_LOCAL_PLAN -> {
                LocalDate issuedOn = FormValues.date(variables.get(Variables.ISSUED_ON));
                if (issuedOn != null && issuedOn.isAfter(assignments.today())) {
                    problems.add(new FieldProblem(Variables.ISSUED_ON, "Ngày ban hành " + issuedOn + " chưa đến"));
                }
            }
            default -> {
                // the form's own rules are enough
            }
        }
        return problems;
    }

    private static String businessKey(Task task) {
        return ((TaskEntity) task).getExecution().getProcessBusinessKey();
    }

}
