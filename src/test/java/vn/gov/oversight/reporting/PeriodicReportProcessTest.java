package vn.gov.oversight.reporting;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.util.Date;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.gov.oversight.reporting.PeriodicReportProcess.Elements;
import vn.gov.oversight.reporting.PeriodicReportProcess.Variables;
import vn.gov.oversight.support.ProcessTestEngines;
import vn.gov.oversight.support.ProcessTestLadder;

/** Every path of {@code periodic-report.bpmn}. */
@Deployment(resources = { PeriodicReportProcess.RESOURCE, "forms/prepare-report.form",
        "forms/prepare-policy-report.form", "forms/review-report.form" })
class PeriodicReportProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngines.withCoverage(1.0);

    static final Date DUE = new Date(4102444800000L);

    ProcessEngine processEngine;

    final ReportDeadlines deadlines = mock(ReportDeadlines.class);

    final ProcessTestLadder ladder = new ProcessTestLadder();

    final TaskListener taskListener = mock(TaskListener.class);

    final JavaDelegate recordAccepted = mock(JavaDelegate.class);

    final ReportContents contents = mock(ReportContents.class);

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        when(deadlines.submissionDue(any())).thenReturn(DUE);
        when(deadlines.reviewDue()).thenReturn(DUE);
        Mocks.register("reportDeadlines", deadlines);
        ladder.register();
        Mocks.register("reportTaskListener", taskListener);
        Mocks.register("recordReportAcceptedDelegate", recordAccepted);
        // a commune's report unless a test says otherwise
        when(contents.households(any())).thenReturn(true);
        Mocks.register("reportContents", contents);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    static final Map<String, Object> FIGURES = Map.ofEntries(Map.entry(ReportFields.TOTAL_HOUSEHOLDS, 1000),
            Map.entry(ReportFields.POOR_AT_START, 49), Map.entry(ReportFields.EXITED_POVERTY, 12),
            Map.entry(ReportFields.NEWLY_POOR, 2), Map.entry(ReportFields.RE_POOR, 1),
            Map.entry(ReportFields.POOR_HOUSEHOLDS, 40), Map.entry(ReportFields.NEAR_POOR_AT_START, 58),
            Map.entry(ReportFields.NEAR_POOR_EXITED, 8), Map.entry(ReportFields.NEWLY_NEAR_POOR, 10),
            Map.entry(ReportFields.NEAR_POOR_HOUSEHOLDS, 60),
            Map.entry(ReportFields.NARRATIVE, "Kết quả, khó khăn, kiến nghị"));

    /** A department's report: its policies, no households. */
    static final Map<String, Object> POLICY_FIGURES = Map.of(ReportFields.policy(PolicyArea.HEALTH, false, false), 980,
            ReportFields.policy(PolicyArea.HEALTH, true, false), 1000, ReportFields.NARRATIVE,
            "Kết quả, khó khăn, kiến nghị");

    ProcessInstance open() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PeriodicReportProcess.KEY,
                "2027-H1/ubnd-kim-son", withVariables(Variables.REPORT_ID, 5L, Variables.AGENCY_CODE, "ubnd-kim-son"));
        assertThat(instance).isWaitingAt(Elements.TASK_PREPARE_REPORT);
        assertThat(task(instance)).hasCandidateGroup("ubnd-kim-son").hasDueDate(DUE);
        return instance;
    }

    @Test
    void submittedAndAccepted() throws Exception {
        ProcessInstance instance = open();

        complete(task(instance), FIGURES);
        assertThat(task(instance)).hasDefinitionKey(Elements.TASK_REVIEW_REPORT).hasCandidateGroup("coordinator");
        complete(task(instance), withVariables(Variables.APPROVED, true));

        assertThat(instance).hasPassed(Elements.SERVICE_TASK_RECORD_REPORT_ACCEPTED, Elements.END_EVENT_REPORT_ACCEPTED)
            .isEnded();
        verify(recordAccepted).execute(any());
    }

    @Test
    void returnedAndSubmittedAgain() throws Exception {
        ProcessInstance instance = open();
        complete(task(instance), FIGURES);

        complete(task(instance),
                withVariables(Variables.APPROVED, false, Variables.REVIEW_COMMENT, "Kiểm tra lại số hộ"));

        assertThat(instance).isWaitingAt(Elements.TASK_PREPARE_REPORT);
        complete(task(instance), FIGURES);
        complete(task(instance), withVariables(Variables.APPROVED, true));
        assertThat(instance).isEnded();
        verify(recordAccepted, times(1)).execute(any());
    }

    @Test
    void theSubmissionAndTheReviewEachCarryTheThreeRungs() throws Exception {
        ProcessInstance instance = open();
        ProcessTestLadder.fireLadderOf(instance, Elements.TASK_PREPARE_REPORT);
        complete(task(instance), FIGURES);
        ProcessTestLadder.fireLadderOf(instance, Elements.TASK_REVIEW_REPORT);
        complete(task(instance), withVariables(Variables.APPROVED, true));

        assertThat(instance).isEnded();
        Assertions.assertThat(ladder.fired)
            .containsExactly("ServiceTask_PrepareReportSendReminder", "ServiceTask_PrepareReportSendOverdueNotice",
                    "ServiceTask_PrepareReportEscalateToSteeringCommittee", "ServiceTask_ReviewReportSendReminder",
                    "ServiceTask_ReviewReportSendOverdueNotice", "ServiceTask_ReviewReportEscalateToSteeringCommittee");
    }

    @Test
    void aDepartmentReportsItsPoliciesOnItsOwnFormWithItsOwnLadder() throws Exception {
        when(contents.households(any())).thenReturn(false);
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PeriodicReportProcess.KEY,
                "2027-H1/so-y-te", withVariables(Variables.REPORT_ID, 6L, Variables.AGENCY_CODE, "so-y-te"));
        assertThat(instance).isWaitingAt(Elements.TASK_PREPARE_POLICY_REPORT);
        assertThat(task(instance)).hasCandidateGroup("so-y-te").hasDueDate(DUE);
        org.assertj.core.api.Assertions
            .assertThat(
                    processEngine.getFormService().getTaskFormData(task(instance).getId()).getCamundaFormRef().getKey())
            .isEqualTo(PeriodicReportProcess.Forms.PREPARE_POLICY_REPORT);
        ProcessTestLadder.fireLadderOf(instance, Elements.TASK_PREPARE_POLICY_REPORT);
        complete(task(instance), POLICY_FIGURES);
        complete(task(instance),
                withVariables(Variables.APPROVED, false, Variables.REVIEW_COMMENT, "Bổ sung số thuộc diện"));
        // returned, it comes back to the same form
        assertThat(instance).isWaitingAt(Elements.TASK_PREPARE_POLICY_REPORT);
        complete(task(instance), POLICY_FIGURES);
        complete(task(instance), withVariables(Variables.APPROVED, true));

        assertThat(instance).hasPassed(Elements.GATEWAY_REPORT_CONTENT, Elements.GATEWAY_REPORT_SENT).isEnded();
        Assertions.assertThat(ladder.fired)
            .containsExactly("ServiceTask_PreparePolicyReportSendReminder",
                    "ServiceTask_PreparePolicyReportSendOverdueNotice",
                    "ServiceTask_PreparePolicyReportEscalateToSteeringCommittee");
    }

    @Test
    void constantsNameElementsOfTheModel() throws Exception {
        BpmnModelInstance model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PeriodicReportProcess.RESOURCE)) {
            model = Bpmn.readModelFromStream(in);
        }
        for (var field : Elements.class.getDeclaredFields()) {
            Assertions.assertThat((Object) model.getModelElementById((String) field.get(null)))
                .as(field.getName())
                .isNotNull();
        }
    }

}
