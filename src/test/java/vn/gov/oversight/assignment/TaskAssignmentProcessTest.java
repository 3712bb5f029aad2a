package vn.gov.oversight.assignment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.gov.oversight.assignment.TaskAssignmentProcess.Elements;
import vn.gov.oversight.assignment.TaskAssignmentProcess.Variables;
import vn.gov.oversight.deadline.WorkingCalendar;
import vn.gov.oversight.support.ProcessTestEngines;
import vn.gov.oversight.support.ProcessTestLadder;

/**
 * Every path of {@code task-assignment.bpmn} on an in-memory engine; the application's
 * beans are stand-ins here (their effect on the tables is tested in the integration
 * tests), the forms are real and validated on completion.
 */
@Deployment(resources = { TaskAssignmentProcess.RESOURCE, "forms/acknowledge-task.form", "forms/draft-local-plan.form",
        "forms/review-draft.form", "forms/contribute-to-draft.form", "forms/issue-local-plan.form",
        "forms/report-completion.form", "forms/confirm-completion.form" })
class TaskAssignmentProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngines.withCoverage(1.0);

    ProcessEngine processEngine; // injected by the extension

    @BeforeEach
    void bindAssertionsToThisEngine() {
        // the Spring context of the integration tests may have started a second engine in
        // this JVM
        BpmnAwareTests.init(processEngine);
    }

    static final String AGENCY = "so-y-te";
    static final Date DUE = new Date(4102444800000L); // 2100-01-01
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    final TaskListener taskListener = mock(TaskListener.class);

    final AssignmentDeadlines deadlines = mock(AssignmentDeadlines.class);

    final AssignmentParticipants participants = mock(AssignmentParticipants.class);

    final JavaDelegate recordLocalPlan = mock(JavaDelegate.class);

    final JavaDelegate recordCompletion = mock(JavaDelegate.class);

    final JavaDelegate retimeCarryOut = mock(JavaDelegate.class);

    final JavaDelegate handOverToNewLeadAgency = mock(JavaDelegate.class);

    /**
     * The deadline ladder drawn in the model: the rules of the steps, the rungs' timers
     * and delegates.
     */
    final ProcessTestLadder ladder = new ProcessTestLadder();

    @BeforeEach
    void registerBeans() {
        when(deadlines.acknowledgeDue()).thenReturn(DUE);
        when(deadlines.draftDue()).thenReturn(DUE);
        when(deadlines.reviewDue()).thenReturn(DUE);
        when(deadlines.contributionDue()).thenReturn(DUE);
        when(deadlines.issueDue()).thenReturn(DUE);
        when(deadlines.taskDue(any())).thenReturn(DUE);
        when(participants.coordinatingAgencies(any())).thenReturn(List.of());
        Mocks.register("assignmentTaskListener", taskListener);
        Mocks.register("assignmentDeadlines", deadlines);
        Mocks.register("assignmentParticipants", participants);
        Mocks.register("recordLocalPlanDelegate", recordLocalPlan);
        Mocks.register("recordCompletionDelegate", recordCompletion);
        Mocks.register("retimeCarryOutDelegate", retimeCarryOut);
        Mocks.register("handOverToNewLeadAgencyDelegate", handOverToNewLeadAgency);
        ladder.register();
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    /** An assignment of a plan whose agencies' drafts the coordinator reviews. */
    ProcessInstance start() {
        return start(true);
    }

    ProcessInstance start(boolean reviewLocalPlan) {
        return runtimeService().startProcessInstanceByKey(TaskAssignmentProcess.KEY, "151/KH-UBND/1.1/" + AGENCY,
                withVariables(Variables.ASSIGNMENT_ID, 7L, Variables.AGENCY_CODE, AGENCY, Variables.REVIEW_LOCAL_PLAN,
                        reviewLocalPlan));
    }

    void acknowledge(ProcessInstance instance) {
        assertThat(instance).isWaitingAt(Elements.TASK_ACKNOWLEDGE_TASK);
        complete(task(Elements.TASK_ACKNOWLEDGE_TASK, instance));
    }

    void draft(ProcessInstance instance) {
        assertThat(task(Elements.TASK_DRAFT_LOCAL_PLAN, instance)).hasCandidateGroup(AGENCY);
        complete(task(Elements.TASK_DRAFT_LOCAL_PLAN, instance),
                withVariables(Variables.DRAFT_SUMMARY, "Kế hoạch thực hiện giảm nghèo của Sở Y tế"));
    }

    void review(ProcessInstance instance, boolean approved) {
        assertThat(task(Elements.TASK_REVIEW_DRAFT, instance)).hasCandidateGroup("coordinator");
        complete(task(Elements.TASK_REVIEW_DRAFT, instance), withVariables(Variables.APPROVED, approved,
                Variables.REVIEW_COMMENT, approved ? "" : "Bổ sung tiến độ"));
    }

    void issue(ProcessInstance instance) {
        complete(task(Elements.TASK_ISSUE_LOCAL_PLAN, instance), withVariables(Variables.DOCUMENT_NUMBER, "45/KH-SYT",
                Variables.ISSUED_ON, "2026-03-02", Variables.SIGNER, "Nguyễn Văn An"));
    }

    void report(ProcessInstance instance) {
        complete(task(Elements.TASK_CARRY_OUT_TASK, instance),
                withVariables(Variables.RESULT_SUMMARY, "Đã tổ chức khám chữa bệnh cho hộ nghèo"));
    }

    void confirm(ProcessInstance instance, boolean approved) {
        assertThat(task(Elements.TASK_CONFIRM_COMPLETION, instance)).hasCandidateGroup("coordinator");
        complete(task(Elements.TASK_CONFIRM_COMPLETION, instance), withVariables(Variables.APPROVED, approved,
                Variables.REVIEW_COMMENT, approved ? "" : "Thiếu sản phẩm"));
    }

    @Test
    void happyPath() {
        ProcessInstance instance = start();

        assertThat(task(Elements.TASK_ACKNOWLEDGE_TASK, instance)).hasCandidateGroup(AGENCY).hasDueDate(DUE);
        acknowledge(instance);
        draft(instance);
        review(instance, true);
        issue(instance);
        report(instance);
        confirm(instance, true);

        assertThat(instance).hasPassedInOrder(Elements.TASK_ACKNOWLEDGE_TASK, Elements.TASK_DRAFT_LOCAL_PLAN,
                Elements.TASK_REVIEW_DRAFT, Elements.END_EVENT_DRAFT_APPROVED, Elements.TASK_ISSUE_LOCAL_PLAN,
                Elements.SERVICE_TASK_RECORD_LOCAL_PLAN, Elements.TASK_CARRY_OUT_TASK, Elements.TASK_CONFIRM_COMPLETION,
                Elements.SERVICE_TASK_RECORD_COMPLETION, Elements.END_EVENT_TASK_COMPLETED)
            .isEnded();
        assertThat(instance).hasNotPassed(Elements.TASK_CONTRIBUTE_TO_DRAFT);
        verify(taskListener, atLeastOnce())
            .notify(argThat(t -> t.getTaskDefinitionKey().equals(Elements.TASK_CONFIRM_COMPLETION)
                    && "complete".equals(t.getEventName())));
    }

    @Test
    void withoutReviewTheAgencyIssuesItsOwnPlanAndSendsItForInformation() {
        ProcessInstance instance = start(false);
        acknowledge(instance);

        draft(instance);

        assertThat(instance).hasPassed(Elements.GATEWAY_DRAFT_REVIEWED, Elements.END_EVENT_DRAFT_READY_TO_ISSUE)
            .hasNotPassed(Elements.TASK_REVIEW_DRAFT)
            .isWaitingAt(Elements.TASK_ISSUE_LOCAL_PLAN);
        issue(instance);
        assertThat(instance).hasPassed(Elements.SERVICE_TASK_RECORD_LOCAL_PLAN)
            .isWaitingAt(Elements.TASK_CARRY_OUT_TASK);
        report(instance);
        confirm(instance, true);
        assertThat(instance).hasPassed(Elements.END_EVENT_TASK_COMPLETED).isEnded();
    }

    @Test
    void aCancelledTaskEndsWithItsOpenStepsAndTheirLadders() {
        when(participants.coordinatingAgencies(any())).thenReturn(List.of("so-tai-chinh"));
        ProcessInstance instance = start(false);
        acknowledge(instance);
        assertThat(instance).isWaitingAt(Elements.TASK_DRAFT_LOCAL_PLAN, Elements.TASK_CONTRIBUTE_TO_DRAFT);

        runtimeService().createMessageCorrelation(TaskAssignmentProcess.Messages.TASK_CANCELLED)
            .processInstanceId(instance.getId())
            .correlate();

        assertThat(instance).hasPassed(Elements.START_EVENT_TASK_CANCELLED, Elements.END_EVENT_TASK_CANCELLED)
            .hasNotPassed(Elements.END_EVENT_TASK_COMPLETED)
            .isEnded();
        org.assertj.core.api.Assertions
            .assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count())
            .isZero();
        Assertions.assertThat(ladder.fired).isEmpty();
    }

    @Test
    void aMovedDeadlineRetimesTheWaitingStepWhileItWaitsOn() throws Exception {
        ProcessInstance instance = start(false);
        acknowledge(instance);
        draft(instance);
        issue(instance);

        runtimeService().createMessageCorrelation(TaskAssignmentProcess.Messages.TASK_DEADLINE_MOVED)
            .processInstanceId(instance.getId())
            .correlate();

        assertThat(instance)
            .hasPassed(Elements.START_EVENT_TASK_DEADLINE_MOVED, Elements.SERVICE_TASK_RETIME_CARRY_OUT,
                    Elements.END_EVENT_TASK_DEADLINE_MOVED)
            .isWaitingAt(Elements.TASK_CARRY_OUT_TASK);
        verify(retimeCarryOut).execute(any());
        // the step's ladder is still there, for the delegate to re-arm
        org.assertj.core.api.Assertions
            .assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).timers().count())
            .isEqualTo(3);
    }

    @Test
    void aNewLeadAgencyTakesOverTheOpenStepsWhileTheyWaitOn() throws Exception {
        ProcessInstance instance = start(false);

        runtimeService().createMessageCorrelation(TaskAssignmentProcess.Messages.LEAD_AGENCY_CHANGED)
            .processInstanceId(instance.getId())
            .correlate();

        assertThat(instance)
            .hasPassed(Elements.START_EVENT_LEAD_AGENCY_CHANGED, Elements.SERVICE_TASK_HAND_OVER_TO_NEW_LEAD_AGENCY,
                    Elements.END_EVENT_LEAD_AGENCY_CHANGED)
            .isWaitingAt(Elements.TASK_ACKNOWLEDGE_TASK);
        verify(handOverToNewLeadAgency).execute(any());
    }

    @Test
    void aReturnedDraftIsRedraftedWithTheComment() {
        ProcessInstance instance = start();
        acknowledge(instance);
        draft(instance);

        review(instance, false);

        assertThat(instance).hasPassed(Elements.GATEWAY_DRAFT_APPROVED)
            .hasNotPassed(Elements.END_EVENT_DRAFT_APPROVED)
            .isWaitingAt(Elements.TASK_DRAFT_LOCAL_PLAN)
            .variables()
            .containsEntry(Variables.REVIEW_COMMENT, "Bổ sung tiến độ");
        draft(instance);
        review(instance, true);
        assertThat(instance).isWaitingAt(Elements.TASK_ISSUE_LOCAL_PLAN);
    }

    @Test
    void aReturnedCompletionReportIsReportedAgain() {
        ProcessInstance instance = start();
        acknowledge(instance);
        draft(instance);
        review(instance, true);
        issue(instance);
        report(instance);

        confirm(instance, false);

        assertThat(instance).hasPassed(Elements.GATEWAY_COMPLETION_CONFIRMED)
            .hasNotPassed(Elements.SERVICE_TASK_RECORD_COMPLETION)
            .isWaitingAt(Elements.TASK_CARRY_OUT_TASK);
        report(instance);
        confirm(instance, true);
        assertThat(instance).isEnded();
    }

    @Test
    void coordinatingAgenciesContributeWithoutHoldingTheDraftBack() {
        when(participants.coordinatingAgencies(any())).thenReturn(List.of("so-tai-chinh", "ubnd-yen-mo"));
        ProcessInstance instance = start();
        acknowledge(instance);

        List<Task> contributions = taskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(Elements.TASK_CONTRIBUTE_TO_DRAFT)
            .list();
        assertThat(instance).isWaitingAt(Elements.TASK_DRAFT_LOCAL_PLAN, Elements.TASK_CONTRIBUTE_TO_DRAFT);
        Assertions.assertThat(contributions).hasSize(2);
        Task finance = taskQuery().processInstanceId(instance.getId())
            .taskCandidateGroup("so-tai-chinh")
            .singleResult();
        complete(finance, withVariables(Variables.CONTRIBUTION, "Đề nghị bổ sung nguồn kinh phí"));

        draft(instance);
        review(instance, true);

        // the draft is approved: the contribution still open is no longer needed
        assertThat(instance).isWaitingAt(Elements.TASK_ISSUE_LOCAL_PLAN);
        org.assertj.core.api.Assertions
            .assertThat(taskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Elements.TASK_CONTRIBUTE_TO_DRAFT)
                .count())
            .isZero();
    }

    @Test
    void theOfficerNamedAtAcknowledgementGetsTheAgencysLaterSteps() {
        when(participants.officerOf(any())).thenReturn("canbo.so-y-te");
        ProcessInstance instance = start();
        acknowledge(instance);

        assertThat(task(Elements.TASK_DRAFT_LOCAL_PLAN, instance)).isAssignedTo("canbo.so-y-te");
    }

    @Test
    void theLadderFiresRungByRungOnTheWaitingStepAndStopsWithIt() {
        // given: acknowledging due on Wednesday 4/3/2026, the task assigned on Friday
        // 27/2
        ZonedDateTime due = ZonedDateTime.of(2026, 3, 4, 23, 59, 59, 0, VIETNAM);
        when(deadlines.acknowledgeDue()).thenReturn(Date.from(due.toInstant()));
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 2, 27, 9, 0, 0, 0, VIETNAM).toInstant()));
        ProcessInstance instance = start();
        assertThat(task(Elements.TASK_ACKNOWLEDGE_TASK, instance)).hasDueDate(Date.from(due.toInstant()));

        // then the step's three boundary timers wait for: two working days before (Monday
        // 2/3 at the start of
        // the day), the due moment, five working days after it (Wednesday 11/3 at the end
        // of the day)
        Job reminder = timer(instance, "BoundaryEvent_AcknowledgeTaskReminder");
        Job overdue = timer(instance, "BoundaryEvent_AcknowledgeTaskOverdue");
        Job escalation = timer(instance, "BoundaryEvent_AcknowledgeTaskLongOverdue");
        Assertions.assertThat(reminder.getDuedate())
            .isEqualTo(Date.from(ZonedDateTime.of(2026, 3, 2, 0, 0, 0, 0, VIETNAM).toInstant()));
        Assertions.assertThat(overdue.getDuedate()).isEqualTo(Date.from(due.toInstant()));
        Assertions.assertThat(escalation.getDuedate())
            .isEqualTo(Date.from(ZonedDateTime.of(2026, 3, 11, 23, 59, 59, 0, VIETNAM).toInstant()));

        // when the clock reaches each moment, its rung's service task runs and the step
        // still waits
        ClockUtil.setCurrentTime(reminder.getDuedate());
        execute(reminder);
        Assertions.assertThat(ladder.fired).containsExactly("ServiceTask_AcknowledgeTaskSendReminder");
        ClockUtil.setCurrentTime(overdue.getDuedate());
        execute(overdue);
        ClockUtil.setCurrentTime(escalation.getDuedate());
        execute(escalation);
        Assertions.assertThat(ladder.fired)
            .containsExactly("ServiceTask_AcknowledgeTaskSendReminder", "ServiceTask_AcknowledgeTaskSendOverdueNotice",
                    "ServiceTask_AcknowledgeTaskEscalateToSteeringCommittee");
        assertThat(instance)
            .hasPassed("EndEvent_AcknowledgeTaskReminderHandled", "EndEvent_AcknowledgeTaskOverdueHandled",
                    "EndEvent_AcknowledgeTaskLongOverdueHandled")
            .isWaitingAt(Elements.TASK_ACKNOWLEDGE_TASK);

        // the step is done: nothing of its ladder remains, the next step has its own
        // three timers
        complete(task(Elements.TASK_ACKNOWLEDGE_TASK, instance));
        org.assertj.core.api.Assertions
            .assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).timers().list())
            .extracting(Job::getExecutionId)
            .containsOnly(task(Elements.TASK_DRAFT_LOCAL_PLAN, instance).getExecutionId())
            .hasSize(3);
    }

    @Test
    void everyWaitingStepCarriesTheThreeRungs() {
        when(participants.coordinatingAgencies(any())).thenReturn(List.of("so-tai-chinh"));
        ProcessInstance instance = start();
        fireLadderOf(instance, Elements.TASK_ACKNOWLEDGE_TASK);
        acknowledge(instance);
        fireLadderOf(instance, Elements.TASK_CONTRIBUTE_TO_DRAFT);
        fireLadderOf(instance, Elements.TASK_DRAFT_LOCAL_PLAN);
        draft(instance);
        fireLadderOf(instance, Elements.TASK_REVIEW_DRAFT);
        review(instance, true);
        fireLadderOf(instance, Elements.TASK_ISSUE_LOCAL_PLAN);
        issue(instance);
        fireLadderOf(instance, Elements.TASK_CARRY_OUT_TASK);
        report(instance);
        fireLadderOf(instance, Elements.TASK_CONFIRM_COMPLETION);
        confirm(instance, true);

        assertThat(instance).isEnded();
        Assertions.assertThat(ladder.fired).hasSize(21);
    }

    /**
     * Runs a waiting step's three timers, as the job executor would when each moment
     * comes.
     */
    void fireLadderOf(ProcessInstance instance, String taskId) {
        String step = taskId.replace("Task_", "");
        for (String rung : List.of("Reminder", "Overdue", "LongOverdue")) {
            execute(timer(instance, "BoundaryEvent_" + step + rung));
        }
        assertThat(instance)
            .hasPassed("ServiceTask_" + step + "SendReminder", "ServiceTask_" + step + "SendOverdueNotice",
                    "ServiceTask_" + step + "EscalateToSteeringCommittee", "EndEvent_" + step + "ReminderHandled",
                    "EndEvent_" + step + "OverdueHandled", "EndEvent_" + step + "LongOverdueHandled")
            .isWaitingAt(taskId);
    }

    Job timer(ProcessInstance instance, String boundaryEvent) {
        return managementService().createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(boundaryEvent)
            .singleResult();
    }

    @Test
    void aSubmissionMissingARequiredValueIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = start();
        acknowledge(instance);
        Task drafting = task(Elements.TASK_DRAFT_LOCAL_PLAN, instance);

        assertThatThrownBy(() -> taskService().complete(drafting.getId(), Map.of(Variables.DRAFT_SUMMARY, "  ")))
            .isInstanceOf(FormFieldValidationException.class)
            .hasMessageContaining("draftSummary");
        assertThat(instance).isWaitingAt(Elements.TASK_DRAFT_LOCAL_PLAN);

        draft(instance);
        review(instance, true);
        String issuingId = task(Elements.TASK_ISSUE_LOCAL_PLAN, instance).getId();
        assertThatThrownBy(() -> taskService().complete(issuingId,
                Map.of(Variables.DOCUMENT_NUMBER, "45/KH-SYT", Variables.ISSUED_ON, "02/03/2026")))
            .isInstanceOf(FormFieldValidationException.class)
            .hasMessageContaining("issuedOn")
            .hasMessageContaining("signer");
        assertThat(instance).isWaitingAt(Elements.TASK_ISSUE_LOCAL_PLAN);
    }

}
