package vn.gov.oversight.escalation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.gov.oversight.escalation.EscalationReviewProcess.Elements;
import vn.gov.oversight.escalation.EscalationReviewProcess.Variables;
import vn.gov.oversight.support.ProcessTestEngines;
import vn.gov.oversight.support.ProcessTestLadder;

/** Every decision of the steering committee on {@code escalation-review.bpmn}. */
@Deployment(resources = { EscalationReviewProcess.RESOURCE, "forms/review-escalation.form",
        "forms/accountability-report.form" })
class EscalationReviewProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngines.withCoverage(1.0);

    ProcessEngine processEngine; // injected by the extension

    final JavaDelegate issueDirective = mock(JavaDelegate.class);

    final JavaDelegate extendDeadline = mock(JavaDelegate.class);

    final JavaDelegate requestAccountability = mock(JavaDelegate.class);

    final JavaDelegate recordAccountabilityReport = mock(JavaDelegate.class);

    final JavaDelegate closeEscalation = mock(JavaDelegate.class);

    final JavaDelegate orderInspection = mock(JavaDelegate.class);
    static final Date COMMITTEE_DUE = new Date(4102531200000L);

    final EscalationLadder ladder = mock(EscalationLadder.class);

    /** The accountability report's deadline ladder drawn in the model. */
    final ProcessTestLadder deadlines = new ProcessTestLadder();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        when(ladder.accountabilityDue()).thenReturn(new Date(4102444800000L));
        when(ladder.committeeDue()).thenReturn(COMMITTEE_DUE);
        deadlines.register();
        Mocks.register("issueDirectiveDelegate", issueDirective);
        Mocks.register("extendDeadlineDelegate", extendDeadline);
        Mocks.register("requestAccountabilityDelegate", requestAccountability);
        Mocks.register("recordAccountabilityReportDelegate", recordAccountabilityReport);
        Mocks.register("closeEscalationDelegate", closeEscalation);
        Mocks.register("orderInspectionDelegate", orderInspection);
        Mocks.register("escalationLadder", ladder);
        Mocks.register("escalationTaskNames", (org.camunda.bpm.engine.delegate.TaskListener) task -> {
        });
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    ProcessInstance escalate() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(EscalationReviewProcess.KEY,
                "escalation/9", withVariables(Variables.ESCALATION_ID, 9L, Variables.ESCALATED_AGENCY, "ubnd-yen-mo"));
        assertThat(instance).isWaitingAt(Elements.TASK_REVIEW_ESCALATION);
        assertThat(task(instance)).hasCandidateGroup("steering-committee").hasDueDate(COMMITTEE_DUE);
        return instance;
    }

    @Test
    void direct() throws Exception {
        ProcessInstance instance = escalate();

        complete(task(instance),
                withVariables(Variables.DECISION, "DIRECT", Variables.DIRECTIVE, "Hoàn thành trong tuần"));

        assertThat(instance).hasPassed(Elements.SERVICE_TASK_ISSUE_DIRECTIVE, Elements.END_EVENT_DIRECTED).isEnded();
        verify(issueDirective).execute(any());
        verify(closeEscalation, never()).execute(any());
    }

    @Test
    void extend() throws Exception {
        ProcessInstance instance = escalate();

        complete(task(instance), withVariables(Variables.DECISION, "EXTEND", Variables.NEW_DUE_DATE, "2099-12-31"));

        assertThat(instance).hasPassed(Elements.SERVICE_TASK_EXTEND_DEADLINE, Elements.END_EVENT_EXTENDED).isEnded();
        verify(extendDeadline).execute(any());
    }

    @Test
    void accountability() throws Exception {
        ProcessInstance instance = escalate();

        complete(task(instance), withVariables(Variables.DECISION, "ACCOUNTABILITY"));

        assertThat(instance).hasPassed(Elements.SERVICE_TASK_REQUEST_ACCOUNTABILITY)
            .isWaitingAt(Elements.TASK_SUBMIT_ACCOUNTABILITY_REPORT);
        assertThat(task(instance)).hasCandidateGroup("ubnd-yen-mo").hasDueDate(new Date(4102444800000L));
        // late, the report climbs its own ladder back to the committee
        for (String rung : List.of("Reminder", "Overdue", "LongOverdue")) {
            execute(managementService().createJobQuery()
                .processInstanceId(instance.getId())
                .activityId("BoundaryEvent_SubmitAccountabilityReport" + rung)
                .singleResult());
        }
        Assertions.assertThat(deadlines.fired)
            .containsExactly("ServiceTask_SubmitAccountabilityReportSendReminder",
                    "ServiceTask_SubmitAccountabilityReportSendOverdueNotice",
                    "ServiceTask_SubmitAccountabilityReportEscalateToSteeringCommittee");
        assertThat(instance).hasPassed("EndEvent_SubmitAccountabilityReportReminderHandled",
                "EndEvent_SubmitAccountabilityReportOverdueHandled",
                "EndEvent_SubmitAccountabilityReportLongOverdueHandled");
        complete(task(instance),
                withVariables(Variables.ACCOUNTABILITY_REPORT, "Nguyên nhân chậm trễ và biện pháp khắc phục"));
        assertThat(instance)
            .hasPassed(Elements.SERVICE_TASK_RECORD_ACCOUNTABILITY_REPORT, Elements.END_EVENT_ACCOUNTABILITY_REPORTED)
            .isEnded();
        verify(recordAccountabilityReport).execute(any());
    }

    @Test
    void close() throws Exception {
        ProcessInstance instance = escalate();

        complete(task(instance), withVariables(Variables.DECISION, "CLOSE", Variables.CLOSE_REASON, "Đã hoàn thành"));

        assertThat(instance).hasPassed(Elements.SERVICE_TASK_CLOSE_ESCALATION, Elements.END_EVENT_CLOSED).isEnded();
        verify(closeEscalation).execute(any());
    }

    @Test
    void inspect() throws Exception {
        ProcessInstance instance = escalate();

        complete(task(instance),
                withVariables(Variables.DECISION, "INSPECT", Variables.INSPECTION_NOTE, "Kiểm tra việc chậm trễ"));

        assertThat(instance).hasPassed(Elements.SERVICE_TASK_ORDER_INSPECTION, Elements.END_EVENT_INSPECTION_ORDERED)
            .isEnded();
        verify(orderInspection).execute(any());
    }

    @Test
    void theCommitteeIsRemindedBeforeAndAtItsDueMomentAndNothingClimbsAboveIt() throws Exception {
        ProcessInstance instance = escalate();

        for (String rung : List.of("Reminder", "Overdue")) {
            execute(managementService().createJobQuery()
                .processInstanceId(instance.getId())
                .activityId("BoundaryEvent_ReviewEscalation" + rung)
                .singleResult());
        }

        Assertions.assertThat(deadlines.fired)
            .containsExactly("ServiceTask_ReviewEscalationSendReminder",
                    "ServiceTask_ReviewEscalationSendOverdueNotice");
        assertThat(instance)
            .hasPassed("EndEvent_ReviewEscalationReminderHandled", "EndEvent_ReviewEscalationOverdueHandled")
            .isWaitingAt(Elements.TASK_REVIEW_ESCALATION);
        org.assertj.core.api.Assertions
            .assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count())
            .isZero();
        complete(task(instance), withVariables(Variables.DECISION, "CLOSE", Variables.CLOSE_REASON, "Đã hoàn thành"));
        assertThat(instance).isEnded();
    }

}
