package vn.gov.oversight.reporting;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.gov.oversight.reporting.ReportingRoundProcess.Elements;
import vn.gov.oversight.reporting.ReportingRoundProcess.Variables;
import vn.gov.oversight.support.ProcessTestEngines;
import vn.gov.oversight.support.ProcessTestLadder;

/** Every path of {@code reporting-round.bpmn}. */
@Deployment(
        resources = { ReportingRoundProcess.RESOURCE, "forms/consolidate-reports.form", "forms/receive-review.form" })
class ReportingRoundProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngines.withCoverage(1.0);

    ProcessEngine processEngine;

    final ReportRounds rounds = mock(ReportRounds.class);

    final JavaDelegate recordConsolidation = mock(JavaDelegate.class);

    final ProcessTestLadder ladder = new ProcessTestLadder();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        when(rounds.consolidationStartsAt(any())).thenReturn(new Date(4102444800000L));
        when(rounds.consolidationDue(any())).thenReturn(new Date(4102444800000L));
        ladder.register();
        Mocks.register("reportRounds", rounds);
        Mocks.register("reportRoundTaskListener", mock(TaskListener.class));
        Mocks.register("recordConsolidationDelegate", recordConsolidation);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    ProcessInstance open(boolean review) {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(ReportingRoundProcess.KEY, "2027-H1",
                withVariables(Variables.REVIEW_ROUND, review));
        assertThat(instance).isWaitingAt(Elements.RECEIVE_TASK_REPORTS_IN);
        return instance;
    }

    /** The consolidation form's three required sections. */
    static Map<String, Object> consolidation(String results) {
        return withVariables(Variables.CONSOLIDATED_RESULTS, results, Variables.CONSOLIDATED_DIFFICULTIES,
                "Nguồn lực còn hạn chế", Variables.CONSOLIDATED_PROPOSALS, "Đề nghị bổ sung vốn tín dụng");
    }

    @Test
    void everyReportInThenConsolidated() throws Exception {
        ProcessInstance instance = open(false);

        runtimeService().createMessageCorrelation(ReportingRoundProcess.MESSAGE_ALL_REPORTS_ACCEPTED)
            .processInstanceBusinessKey("2027-H1")
            .correlate();

        assertThat(task(instance)).hasDefinitionKey(Elements.TASK_CONSOLIDATE_REPORTS)
            .hasCandidateGroup("coordinator")
            .hasDueDate(new Date(4102444800000L));
        // late, the consolidation climbs the ladder like every waiting step
        for (String rung : List.of("Reminder", "Overdue", "LongOverdue")) {
            execute(managementService().createJobQuery()
                .processInstanceId(instance.getId())
                .activityId("BoundaryEvent_ConsolidateReports" + rung)
                .singleResult());
        }
        Assertions.assertThat(ladder.fired)
            .containsExactly("ServiceTask_ConsolidateReportsSendReminder",
                    "ServiceTask_ConsolidateReportsSendOverdueNotice",
                    "ServiceTask_ConsolidateReportsEscalateToSteeringCommittee");
        assertThat(instance).hasPassed("EndEvent_ConsolidateReportsReminderHandled",
                "EndEvent_ConsolidateReportsOverdueHandled", "EndEvent_ConsolidateReportsLongOverdueHandled");
        complete(task(instance), consolidation("Đánh giá chung của tỉnh"));
        assertThat(instance).hasPassed(Elements.SERVICE_TASK_RECORD_CONSOLIDATION, Elements.END_EVENT_CONSOLIDATED)
            .isEnded();
        verify(recordConsolidation).execute(any());
    }

    @Test
    void theDeadlinePassesAndAReviewGoesToTheSteeringCommittee() {
        ProcessInstance instance = open(true);

        execute(job(instance));

        assertThat(instance).hasPassed(Elements.BOUNDARY_EVENT_REPORTING_DEADLINE_PASSED)
            .isWaitingAt(Elements.TASK_CONSOLIDATE_REPORTS);
        complete(task(instance), consolidation("Báo cáo sơ kết của tỉnh"));
        assertThat(task(instance)).hasDefinitionKey(Elements.TASK_RECEIVE_REVIEW)
            .hasCandidateGroup("steering-committee");
        Assertions.assertThat(task(instance).getDueDate()).isNotNull();
        // the committee is reminded before and at its due moment; nothing climbs above it
        for (String rung : List.of("Reminder", "Overdue")) {
            execute(managementService().createJobQuery()
                .processInstanceId(instance.getId())
                .activityId("BoundaryEvent_ReceiveReview" + rung)
                .singleResult());
        }
        Assertions.assertThat(ladder.fired)
            .containsExactly("ServiceTask_ReceiveReviewSendReminder", "ServiceTask_ReceiveReviewSendOverdueNotice");
        org.assertj.core.api.Assertions
            .assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count())
            .isZero();
        complete(task(instance));
        assertThat(instance).hasPassed(Elements.END_EVENT_REVIEW_RECEIVED).isEnded();
    }

}
