package vn.gov.oversight.inspection;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.gov.oversight.inspection.InspectionProcess.Elements;
import vn.gov.oversight.inspection.InspectionProcess.Variables;
import vn.gov.oversight.support.ProcessTestEngines;
import vn.gov.oversight.support.ProcessTestLadder;

/**
 * Every path of {@code inspection.bpmn}: no findings; findings remediated on time; a
 * draft returned; a remediation returned; a late remediation on the ladder (its own
 * finding's only); late documents; a late verification; the team's own steps late
 * (minutes, draft, signature).
 */
@Deployment(resources = { InspectionProcess.RESOURCE, "forms/provide-documents.form", "forms/record-findings.form",
        "forms/submit-draft-conclusion.form", "forms/sign-conclusion.form", "forms/report-remediation.form",
        "forms/verify-remediation.form" })
class InspectionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngines.withCoverage(1.0);

    /** Far ahead, so that no timer comes by itself. */
    static final Date DUE = new Date(4102444800000L);
    static final Date FIRST_FINDING_DUE = new Date(4102444800000L + 86_400_000L);
    static final Date SECOND_FINDING_DUE = new Date(4102444800000L + 10 * 86_400_000L);

    ProcessEngine processEngine;

    final InspectionParticipants participants = mock(InspectionParticipants.class);

    final InspectionDeadlines deadlines = mock(InspectionDeadlines.class);

    final ProcessTestLadder ladder = new ProcessTestLadder();

    final TaskListener taskListener = mock(TaskListener.class);

    final JavaDelegate issueConclusion = mock(JavaDelegate.class);

    final JavaDelegate closeFinding = mock(JavaDelegate.class);

    final JavaDelegate closeInspection = mock(JavaDelegate.class);

    List<Long> findings = List.of();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        when(participants.inspectedAgencies(any())).thenReturn(List.of("ubnd-kim-son", "ubnd-yen-mo"));
        when(participants.team(any())).thenReturn(List.of("canbo.so-ldtbxh", "canbo.so-y-te"));
        when(participants.leader(any())).thenReturn("canbo.so-ldtbxh");
        when(participants.signers(any())).thenReturn(List.of("thutruong.so-ldtbxh"));
        when(participants.findings(any())).thenAnswer(call -> findings);
        when(participants.hasFindings(any())).thenAnswer(call -> !findings.isEmpty());
        when(participants.findingAgency(any())).thenReturn("ubnd-kim-son");
        when(deadlines.documentsDue(any())).thenReturn(DUE);
        when(deadlines.verificationDue()).thenReturn(DUE);
        when(deadlines.findingsDue(any())).thenReturn(DUE);
        when(deadlines.draftConclusionDue()).thenReturn(DUE);
        when(deadlines.signatureDue()).thenReturn(DUE);
        when(deadlines.remediationDue(any()))
            .thenAnswer(call -> ((DelegateExecution) call.getArgument(0)).getVariable(Variables.FINDING_ID).equals(1L)
                    ? FIRST_FINDING_DUE : SECOND_FINDING_DUE);
        Mocks.register("inspectionParticipants", participants);
        Mocks.register("inspectionDeadlines", deadlines);
        ladder.register();
        Mocks.register("inspectionTaskListener", taskListener);
        Mocks.register("issueConclusionDelegate", issueConclusion);
        Mocks.register("closeFindingDelegate", closeFinding);
        Mocks.register("closeInspectionDelegate", closeInspection);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    ProcessInstance open() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(InspectionProcess.KEY, "inspection/7");
        assertThat(instance).isWaitingAt(Elements.TASK_PROVIDE_DOCUMENTS);
        List<Task> documents = taskQuery().processInstanceId(instance.getId()).list();
        Assertions.assertThat(documents).hasSize(2);
        assertThat(documents.get(0)).hasDueDate(DUE);
        return instance;
    }

    void documentsProvided(ProcessInstance instance) {
        for (Task task : taskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(Elements.TASK_PROVIDE_DOCUMENTS)
            .list()) {
            complete(task, withVariables(Variables.DOCUMENTS_NOTE, "Báo cáo, sổ sách"));
        }
        assertThat(instance).isWaitingAt(Elements.TASK_RECORD_FINDINGS);
        assertThat(task(instance)).hasCandidateUser("canbo.so-ldtbxh").hasCandidateUser("canbo.so-y-te");
    }

    void recorded(ProcessInstance instance, boolean more) {
        complete(task(instance), withVariables(Variables.MINUTES, "Biên bản", Variables.RECORD_MORE, more));
    }

    void concluded(ProcessInstance instance) {
        assertThat(task(instance)).hasDefinitionKey(Elements.TASK_SUBMIT_DRAFT_CONCLUSION)
            .isAssignedTo("canbo.so-ldtbxh");
        complete(task(instance), withVariables(Variables.CONCLUSION, "Kết luận"));
        assertThat(task(instance)).hasDefinitionKey(Elements.TASK_SIGN_CONCLUSION)
            .hasCandidateUser("thutruong.so-ldtbxh");
        complete(task(instance), withVariables(Variables.APPROVED, true, Variables.NOTICE_NUMBER, "12/TB-SNN",
                Variables.SIGNED_ON, new Date()));
    }

    Task remediation(ProcessInstance instance, long findingId, String step) {
        return taskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(step)
            .list()
            .stream()
            .filter(task -> Long.valueOf(findingId)
                .equals(runtimeService().getVariable(task.getExecutionId(), Variables.FINDING_ID)))
            .findFirst()
            .orElseThrow();
    }

    void remediated(ProcessInstance instance, long findingId) {
        Task report = remediation(instance, findingId, Elements.TASK_REPORT_REMEDIATION);
        assertThat(report).hasCandidateGroup("ubnd-kim-son");
        complete(report, withVariables(Variables.REMEDIATION_REPORT, "Đã khắc phục"));
        complete(remediation(instance, findingId, Elements.TASK_VERIFY_REMEDIATION),
                withVariables(Variables.APPROVED, true));
    }

    @Test
    void noFindings() {
        ProcessInstance instance = open();
        documentsProvided(instance);
        recorded(instance, false);

        concluded(instance);

        assertThat(instance)
            .hasPassed(Elements.SERVICE_TASK_ISSUE_CONCLUSION, Elements.SERVICE_TASK_CLOSE_INSPECTION,
                    Elements.END_EVENT_INSPECTION_CLOSED)
            .hasNotPassed(Elements.SUB_PROCESS_REMEDIATION)
            .isEnded();
    }

    @Test
    void twoFindingsRemediatedOnTimeCloseTheInspectionOnlyAfterBoth() throws Exception {
        ProcessInstance instance = open();
        documentsProvided(instance);
        recorded(instance, true);
        assertThat(instance).isWaitingAt(Elements.TASK_RECORD_FINDINGS);
        recorded(instance, false);
        findings = List.of(1L, 2L);

        concluded(instance);
        assertThat(instance).isWaitingAt(Elements.TASK_REPORT_REMEDIATION);
        Assertions.assertThat(taskQuery().processInstanceId(instance.getId()).list()).hasSize(2);
        org.assertj.core.api.Assertions
            .assertThat(remediation(instance, 1, Elements.TASK_REPORT_REMEDIATION).getDueDate())
            .isEqualTo(FIRST_FINDING_DUE);

        remediated(instance, 1);
        assertThat(instance).isNotEnded().isWaitingAt(Elements.TASK_REPORT_REMEDIATION);
        verify(closeInspection, never()).execute(any());
        remediated(instance, 2);

        assertThat(instance)
            .hasPassed(Elements.SERVICE_TASK_CLOSE_FINDING, Elements.END_EVENT_FINDING_CLOSED,
                    Elements.END_EVENT_INSPECTION_CLOSED)
            .isEnded();
        verify(closeFinding, times(2)).execute(any());
        verify(closeInspection).execute(any());
    }

    @Test
    void aDraftReturnedIsSubmittedAgain() {
        ProcessInstance instance = open();
        documentsProvided(instance);
        recorded(instance, false);
        complete(task(instance), withVariables(Variables.CONCLUSION, "Kết luận"));

        complete(task(instance), withVariables(Variables.APPROVED, false, Variables.REVIEW_COMMENT, "Bổ sung căn cứ"));

        assertThat(instance).isWaitingAt(Elements.TASK_SUBMIT_DRAFT_CONCLUSION);
        concluded(instance);
        assertThat(instance).isEnded();
    }

    @Test
    void aRemediationReturnedIsReportedAgain() throws Exception {
        ProcessInstance instance = open();
        documentsProvided(instance);
        recorded(instance, false);
        findings = List.of(1L);
        concluded(instance);
        complete(task(instance), withVariables(Variables.REMEDIATION_REPORT, "Đã khắc phục một phần"));

        complete(task(instance),
                withVariables(Variables.APPROVED, false, Variables.REVIEW_COMMENT, "Chưa đủ chứng cứ"));

        assertThat(instance).isWaitingAt(Elements.TASK_REPORT_REMEDIATION);
        verify(closeFinding, never()).execute(any());
        remediated(instance, 1);
        assertThat(instance).isEnded();
    }

    @Test
    void aLateRemediationClimbsTheLadderOfItsOwnFindingOnly() throws Exception {
        ProcessInstance instance = open();
        documentsProvided(instance);
        recorded(instance, false);
        findings = List.of(1L, 2L);
        concluded(instance);

        // the first finding's three timers come; the second finding's do not
        for (String rung : List.of("Reminder", "Overdue", "LongOverdue")) {
            List<Job> timers = managementService().createJobQuery()
                .processInstanceId(instance.getId())
                .activityId("BoundaryEvent_ReportRemediation" + rung)
                .list();
            Assertions.assertThat(timers).hasSize(2);
            execute(timers.stream().min(Comparator.comparing(Job::getDuedate)).orElseThrow());
        }

        Assertions.assertThat(ladder.fired)
            .containsExactly("ServiceTask_ReportRemediationSendReminder",
                    "ServiceTask_ReportRemediationSendOverdueNotice",
                    "ServiceTask_ReportRemediationEscalateToSteeringCommittee");
        assertThat(instance).hasPassed("EndEvent_ReportRemediationLongOverdueHandled");
        org.assertj.core.api.Assertions
            .assertThat(managementService().createJobQuery()
                .processInstanceId(instance.getId())
                .activityId("BoundaryEvent_ReportRemediationLongOverdue")
                .count())
            .isEqualTo(1);
        // and the late finding is still remediated as usual
        remediated(instance, 1);
        remediated(instance, 2);
        assertThat(instance).isEnded();
    }

    @Test
    void lateDocumentsAndALateVerificationAreOnTheLadderToo() throws Exception {
        ProcessInstance instance = open();
        ProcessTestLadder.fireLadderOf(instance, Elements.TASK_PROVIDE_DOCUMENTS);
        documentsProvided(instance);
        recorded(instance, false);
        findings = List.of(1L);
        concluded(instance);
        complete(task(instance), withVariables(Variables.REMEDIATION_REPORT, "Đã khắc phục"));

        ProcessTestLadder.fireLadderOf(instance, Elements.TASK_VERIFY_REMEDIATION);
        complete(task(instance), withVariables(Variables.APPROVED, true));

        assertThat(instance).isEnded();
        Assertions.assertThat(ladder.fired)
            .containsExactly("ServiceTask_ProvideDocumentsSendReminder",
                    "ServiceTask_ProvideDocumentsSendOverdueNotice",
                    "ServiceTask_ProvideDocumentsEscalateToSteeringCommittee",
                    "ServiceTask_VerifyRemediationSendReminder", "ServiceTask_VerifyRemediationSendOverdueNotice",
                    "ServiceTask_VerifyRemediationEscalateToSteeringCommittee");
    }

    @Test
    void theTeamsOwnStepsAreOnTheLadder() {
        ProcessInstance instance = open();
        documentsProvided(instance);
        assertThat(task(instance)).hasDueDate(DUE);
        ProcessTestLadder.fireLadderOf(instance, Elements.TASK_RECORD_FINDINGS);
        recorded(instance, false);
        assertThat(task(instance)).hasDefinitionKey(Elements.TASK_SUBMIT_DRAFT_CONCLUSION).hasDueDate(DUE);
        ProcessTestLadder.fireLadderOf(instance, Elements.TASK_SUBMIT_DRAFT_CONCLUSION);
        complete(task(instance), withVariables(Variables.CONCLUSION, "Kết luận"));
        assertThat(task(instance)).hasDefinitionKey(Elements.TASK_SIGN_CONCLUSION).hasDueDate(DUE);
        ProcessTestLadder.fireLadderOf(instance, Elements.TASK_SIGN_CONCLUSION);
        // a step done leaves no timer of its own behind
        org.assertj.core.api.Assertions
            .assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).list())
            .isEmpty();

        complete(task(instance), withVariables(Variables.APPROVED, true, Variables.NOTICE_NUMBER, "13/TB-SNN",
                Variables.SIGNED_ON, new Date()));

        assertThat(instance).isEnded();
        Assertions.assertThat(ladder.fired)
            .containsExactly("ServiceTask_RecordFindingsSendReminder", "ServiceTask_RecordFindingsSendOverdueNotice",
                    "ServiceTask_RecordFindingsEscalateToSteeringCommittee",
                    "ServiceTask_SubmitDraftConclusionSendReminder",
                    "ServiceTask_SubmitDraftConclusionSendOverdueNotice",
                    "ServiceTask_SubmitDraftConclusionEscalateToSteeringCommittee",
                    "ServiceTask_SignConclusionSendReminder", "ServiceTask_SignConclusionSendOverdueNotice",
                    "ServiceTask_SignConclusionEscalateToSteeringCommittee");
    }

}
