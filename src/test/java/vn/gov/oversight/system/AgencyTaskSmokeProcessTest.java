package vn.gov.oversight.system;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The process-test infrastructure (an in-memory engine with camunda-bpm-assert) on the
 * test-only model that the security tests use: the agency named at the start gets the
 * task.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = { "bpmn/agency-task-smoke.bpmn", "forms/agency-task-smoke.form" })
class AgencyTaskSmokeProcessTest {

    ProcessEngine processEngine; // injected by the extension

    @BeforeEach
    void bindAssertionsToThisEngine() {
        // the Spring context of the integration tests may have started a second engine in
        // this JVM
        BpmnAwareTests.init(processEngine);
    }

    @Test
    void theAgencyNamedAtTheStartGetsTheTaskWithItsForm() {
        // when
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("agencyTaskSmoke", "smoke/1",
                withVariables("agencyCode", "so-y-te"));

        // then
        assertThat(instance).isWaitingAt("Task_HandleRequest");
        assertThat(task(instance)).hasCandidateGroup("so-y-te").isNotAssigned();
        org.assertj.core.api.Assertions
            .assertThat(formService().getTaskFormData(task(instance).getId()).getCamundaFormRef().getKey())
            .isEqualTo("agencyTaskSmoke");

        // when
        complete(task(instance), withVariables("resultNote", "Đã xử lý"));

        // then
        assertThat(instance).hasPassed("Task_HandleRequest")
            .isEnded()
            .variables()
            .containsEntry("resultNote", "Đã xử lý");
    }

}
