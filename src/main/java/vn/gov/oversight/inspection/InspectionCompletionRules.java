package vn.gov.oversight.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.gov.oversight.inspection.InspectionProcess.Elements;
import vn.gov.oversight.inspection.InspectionProcess.Variables;
import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.TaskCompletionRule;

/**
 * What each step of {@code inspection} needs before it completes: a finding whole (an
 * inspected agency, what was found, the remediation required, a deadline after today) or
 * not at all; a draft; a signature with number and date, or a comment to return; a
 * remediation report; a verification with a comment to return.
 */
@Component
class InspectionCompletionRules implements TaskCompletionRule {

    private final Inspections inspections;

    private final Clock clock;

    InspectionCompletionRules(Inspections inspections, Clock clock) {
        this.inspections = inspections;
        this.clock = clock;
    }

    @Override
    public List<FieldProblem> check(Task task, Map<String, Object> variables) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!FormValues.isOf(task.getProcessDefinitionId(), InspectionProcess.KEY)) {
            return problems;
        }
        switch (task.getTaskDefinitionKey()) {
            case Elements.TASK_RECORD_FINDINGS -> recordFindings(task, variables, problems);
            case Elements.TASK_SUBMIT_DRAFT_CONCLUSION ->
                require(variables, Variables.CONCLUSION, "Chưa ghi dự thảo kết luận (kiến nghị)", problems);
            case Elements.TASK_SIGN_CONCLUSION -> decision(variables, problems, () -> {
                require(variables, Variables.NOTICE_NUMBER, "Ký ban hành thì phải ghi số văn bản", problems);
                if (FormValues.date(variables.get(Variables.SIGNED_ON)) == null) {
                    problems
                        .add(new FieldProblem(Variables.SIGNED_ON, "Ký ban hành thì phải ghi ngày ký (yyyy-MM-dd)"));
                }
            });
            case Elements.TASK_REPORT_REMEDIATION -> require(variables, Variables.REMEDIATION_REPORT,
                    "Chưa ghi kết quả khắc phục (trả lời kiến nghị)", problems);
            case Elements.TASK_VERIFY_REMEDIATION -> decision(variables, problems, () -> {
            });
            default -> {
                // providing documents needs only the upload, through the API
            }
        }
        return problems;
    }

    private void recordFindings(Task task, Map<String, Object> variables, List<FieldProblem> problems) {
        require(variables, Variables.MINUTES, "Chưa ghi biên bản làm việc", problems);
        boolean any = Stream
            .of(Variables.FINDING_AGENCY, Variables.FINDING_DESCRIPTION, Variables.REMEDIATION_REQUIRED,
                    Variables.REMEDIATION_DUE_DATE)
            .anyMatch(name -> FormValues.text(variables.get(name)) != null);
        if (!any) {
            if (Boolean.TRUE.equals(FormValues.bool(variables.get(Variables.RECORD_MORE)))) {
                problems.add(new FieldProblem(Variables.FINDING_DESCRIPTION,
                        "Ghi thêm thì phải ghi phát hiện (kiến nghị) của lần này"));
            }
            return;
        }
        String agency = FormValues.text(variables.get(Variables.FINDING_AGENCY));
        Inspection inspection = inspections
            .require(FormValues.businessKeyOf(task, InspectionProcess.KEY).orElseThrow());
        if (agency == null || !inspection.agencies().contains(agency)) {
            problems.add(new FieldProblem(Variables.FINDING_AGENCY, "Cơ quan phải khắc phục phải là một cơ quan được "
                    + "kiểm tra: " + String.join(", ", inspection.agencies())));
        }
        require(variables, Variables.FINDING_DESCRIPTION, "Chưa ghi nội dung phát hiện (kiến nghị)", problems);
        require(variables, Variables.REMEDIATION_REQUIRED, "Chưa ghi yêu cầu khắc phục", problems);
        LocalDate due = FormValues.date(variables.get(Variables.REMEDIATION_DUE_DATE));
        if (due == null) {
            problems.add(new FieldProblem(Variables.REMEDIATION_DUE_DATE, "Chưa ghi hạn khắc phục (yyyy-MM-dd)"));
        }
        else if (!due.isAfter(LocalDate.now(clock))) {
            problems
                .add(new FieldProblem(Variables.REMEDIATION_DUE_DATE, "Hạn khắc phục " + due + " phải sau hôm nay"));
        }
    }

    /** The finding a completed "record findings" form adds, or null when it adds none. */
    static Inspections.FindingDraft findingOf(Map<String, Object> variables) {
        String description = FormValues.text(variables.get(Variables.FINDING_DESCRIPTION));
        return description == null ? null
                : new Inspections.FindingDraft(FormValues.text(variables.get(Variables.FINDING_AGENCY)), description,
                        FormValues.text(variables.get(Variables.REMEDIATION_REQUIRED)),
                        FormValues.date(variables.get(Variables.REMEDIATION_DUE_DATE)));
    }

    private static void decision(Map<String, Object> variables, List<FieldProblem> problems, Runnable whenApproved) {
        Boolean approved = FormValues.bool(variables.get(Variables.APPROVED));
        if (approved == null) {
            problems.add(new FieldProblem(Variables.APPROVED, "Chưa chọn chấp nhận hay trả lại"));
        }
        else if (approved) {
            whenApproved.run();
        }
        else {
            require(variables, Variables.REVIEW_COMMENT, "Trả lại thì phải ghi ý kiến", problems);
        }
    }

    private static void require(Map<String, Object> variables, String name, String message,
            List<FieldProblem> problems) {
        if (FormValues.text(variables.get(name)) == null) {
            problems.add(new FieldProblem(name, message));
        }
    }

}
