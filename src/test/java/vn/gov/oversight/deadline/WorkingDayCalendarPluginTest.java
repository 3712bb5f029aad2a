package vn.gov.oversight.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's business calendar with the plug-in, on an in-memory engine of its own (the
 * plug-in needs a working calendar, which the shared process-test engine of
 * camunda.cfg.xml does not have): due dates, follow-up dates and timers of whole days
 * count working days from the engine's clock; durations with a time part and absolute
 * dates keep the engine's behaviour.
 */
class WorkingDayCalendarPluginTest {

    static ProcessEngine engine;

    @BeforeAll
    static void buildEngine() {
        WorkingCalendar calendar = ShippedHolidays.workingCalendar();
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("working-day-calendar-tests");
        configuration.setJdbcUrl("jdbc:h2:mem:working-day-calendar-tests;DB_CLOSE_DELAY=1000");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_NONE);
        configuration.setProcessEnginePlugins(List.of(new WorkingDayCalendarPlugin(() -> calendar)));
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService()
            .createDeployment()
            .addModelInstance("user-task-due.bpmn", userTask("userTaskDue", "P3D", "P1D"))
            .addModelInstance("user-task-due-plain-time.bpmn", userTask("userTaskDuePlainTime", "P1DT2H", null))
            .addModelInstance("user-task-due-date.bpmn", userTask("userTaskDueDate", "2026-03-02T08:00:00+07:00", null))
            .addModelInstance("timer-seconds.bpmn", timer("timerSeconds", "PT30S"))
            .addModelInstance("timer-days.bpmn", timer("timerDays", "P2D"))
            .deploy();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    static BpmnModelInstance userTask(String key, String dueDate, String followUpDate) {
        var task = Bpmn.createExecutableProcess(key)
            .startEvent("StartEvent_Requested")
            .userTask("Task_Handle")
            .camundaDueDate(dueDate);
        if (followUpDate != null) {
            task = task.camundaFollowUpDate(followUpDate);
        }
        return task.endEvent("EndEvent_Handled").done();
    }

    static BpmnModelInstance timer(String key, String duration) {
        return Bpmn.createExecutableProcess(key)
            .startEvent("StartEvent_Requested")
            .intermediateCatchEvent("Timer_Wait")
            .timerWithDuration(duration)
            .endEvent("EndEvent_Waited")
            .done();
    }

    static Date vietnam(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(ShippedHolidays.VIETNAM).toInstant());
    }

    Task taskOf(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    Job jobOf(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
    }

    @Test
    void aDueDateOfThreeDaysSetOnTheFridayBeforeTet2026EndsOnTheThirdWorkingDayAfterIt() {
        // given
        ClockUtil.setCurrentTime(vietnam("2026-02-13T10:00"));

        // when
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("userTaskDue");

        // then
        assertThat(taskOf(instance).getDueDate()).isEqualTo(vietnam("2026-02-25T23:59:59"));
        assertThat(taskOf(instance).getFollowUpDate()).isEqualTo(vietnam("2026-02-23T23:59:59"));
    }

    @Test
    void aTimerOfThirtySecondsIsThirtySecondsAfterTheEngineClock() {
        // given
        ClockUtil.setCurrentTime(vietnam("2026-02-13T10:00"));

        // when
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("timerSeconds");

        // then
        assertThat(jobOf(instance).getDuedate()).isEqualTo(vietnam("2026-02-13T10:00:30"));
    }

    @Test
    void aTimerOfTwoDaysCountsTheSwappedSaturdayAsAWorkingDay() {
        // given: Saturday 26/4/2025 was worked in exchange for Friday 2/5
        ClockUtil.setCurrentTime(vietnam("2025-04-25T10:00"));

        // when
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("timerDays");

        // then
        assertThat(jobOf(instance).getDuedate()).isEqualTo(vietnam("2025-04-28T23:59:59"));
    }

    @Test
    void aDueDateWithATimePartIsPlainTime() {
        // given
        ClockUtil.setCurrentTime(vietnam("2026-02-13T10:00"));

        // when
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("userTaskDuePlainTime");

        // then
        assertThat(taskOf(instance).getDueDate()).isEqualTo(vietnam("2026-02-14T12:00"));
    }

    @Test
    void anAbsoluteDueDateIsKept() {
        // given
        ClockUtil.setCurrentTime(vietnam("2026-02-13T10:00"));

        // when
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("userTaskDueDate");

        // then
        assertThat(taskOf(instance).getDueDate()).isEqualTo(vietnam("2026-03-02T08:00"));
    }

}
