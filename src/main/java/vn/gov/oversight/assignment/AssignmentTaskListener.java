package vn.gov.oversight.assignment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.gov.oversight.assignment.TaskAssignmentProcess.Elements;
import vn.gov.oversight.assignment.TaskAssignmentProcess.Variables;
import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.TaskNames;
import vn.gov.oversight.system.Actors;

/**
 * Keeps the assignment's tables in step with its user tasks
 * ({@code ${assignmentTaskListener}} on create and complete of every task): the stage and
 * its due date when a task is created; on completion what the form brought and a line of
 * history.
 */
@Component("assignmentTaskListener")
class AssignmentTaskListener implements TaskListener {

    private final Assignments assignments;

    AssignmentTaskListener(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = assignments.assignmentOf(task.getExecution().getProcessBusinessKey());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            created(task, id);
        }
        else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            completed(task, id);
        }
    }

    private void created(DelegateTask task, long id) {
        String key = task.getTaskDefinitionKey();
        // the step as the model names it, then which task of which plan: lists tell the
        // agency's tasks apart
        assignments.find(id)
            .ifPresent(assignment -> task.setName(TaskNames.of(task.getName(),
                    assignment.taskCode() + " " + assignment.taskTitle(), assignment.planCode())));
        AssignmentStage.ofTask(key)
            .ifPresent(stage -> assignments.stageStarted(id, stage,
                    task.getDueDate() == null ? null : task.getDueDate().toInstant()));
        if (Elements.TASK_REVIEW_DRAFT.equals(key) || Elements.TASK_CONFIRM_COMPLETION.equals(key)) {
            // A decision is made afresh each round: no stale answer from the previous
            // one.
            task.getExecution().removeVariable(Variables.APPROVED);
            task.getExecution().removeVariable(Variables.REVIEW_COMMENT);
        }
    }

    private void completed(DelegateTask task, long id) {
        String key = task.getTaskDefinitionKey();
        AssignmentStage stage = AssignmentStage.ofTask(key).orElse(null);
        String actor = Actors.of(task);
        switch (key) {
            case Elements.TASK_ACKNOWLEDGE_TASK -> {
                String officer = text(task, Variables.OFFICER_USER_ID);
                if (officer != null) {
                    assignments.officerNamed(id, officer);
                }
                assignments.recordEvent(id, "ACKNOWLEDGED", stage, actor, null, text(task, Variables.ACKNOWLEDGE_NOTE));
            }
            case Elements.TASK_DRAFT_LOCAL_PLAN -> {
                assignments.draftSubmitted(id, text(task, Variables.DRAFT_SUMMARY));
                assignments.recordEvent(id, "DRAFT_SUBMITTED", stage, actor, null, null);
            }
            case Elements.TASK_REVIEW_DRAFT -> decided(task, id, stage, actor, "DRAFT_APPROVED", "DRAFT_RETURNED");
            case Elements.TASK_CONTRIBUTE_TO_DRAFT -> assignments.recordEvent(id, "CONTRIBUTION", stage, actor,
                    FormValues.text(task.getVariable(Variables.CONTRIBUTING_AGENCY)),
                    text(task, Variables.CONTRIBUTION));
            case Elements.TASK_ISSUE_LOCAL_PLAN ->
                assignments.recordEvent(id, "LOCAL_PLAN_SUBMITTED", stage, actor, null, null);
            case Elements.TASK_CARRY_OUT_TASK -> {
                assignments.completionReported(id, text(task, Variables.RESULT_SUMMARY));
                assignments.recordEvent(id, "COMPLETION_REPORTED", stage, actor, null, null);
            }
            case Elements.TASK_CONFIRM_COMPLETION ->
                decided(task, id, stage, actor, "COMPLETION_CONFIRMED", "COMPLETION_RETURNED");
            default -> assignments.recordEvent(id, "TASK_COMPLETED", stage, actor, null, null);
        }
    }

    /**
     * A coordinator's decision (checked by {@link AssignmentCompletionRules}), kept as a
     * boolean for the gateways.
     */
    private void decided(DelegateTask task, long id, AssignmentStage stage, String actor, String yes, String no) {
        boolean approved = Boolean.TRUE.equals(FormValues.bool(task.getVariable(Variables.APPROVED)));
        task.getExecution().setVariable(Variables.APPROVED, approved);
        assignments.recordEvent(id, approved ? yes : no, stage, actor, null, text(task, Variables.REVIEW_COMMENT));
        if (!approved) {
            assignments.returned(id, stage);
        }
    }

    private static String text(DelegateTask task, String name) {
        return FormValues.text(task.getVariable(name));
    }

}
