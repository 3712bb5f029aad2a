package vn.gov.oversight.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;

import vn.gov.oversight.deadline.WorkingCalendar;
import vn.gov.oversight.escalation.EscalationLadder;
import vn.gov.oversight.escalation.Rung;
import vn.gov.oversight.escalation.StepDeadlines;

/**
 * The deadline ladder in a process test: {@code stepDeadlines} evaluates each step's
 * deadline rule drawn in the model (against the test's stand-in beans) and places the
 * rungs with a real {@link EscalationLadder} over a calendar without holidays (reminder
 * two working days before, escalation five after); the three rung delegates record the
 * service tasks they ran.
 */
public final class ProcessTestLadder {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The ids of the rung service tasks run, in order. */
    public final List<String> fired = new ArrayList<>();

    private final EscalationLadder ladder = withoutHolidays();

    /**
     * The ladder's default durations (P2D, P5D, P5D) over a calendar without holidays.
     */
    public static EscalationLadder withoutHolidays() {
        return new EscalationLadder("P2D", "P5D", "P5D", "P10D",
                new WorkingCalendar(new WorkingCalendar.HolidayCalendar() {
                    @Override
                    public Set<LocalDate> daysOff() {
                        return Set.of();
                    }

                    @Override
                    public Set<LocalDate> swappedWorkingDays() {
                        return Set.of();
                    }
                }, Clock.systemUTC()));
    }

    /**
     * Runs a waiting step's three timers, as the job executor would when each moment
     * comes.
     */
    public static void fireLadderOf(ProcessInstance instance, String taskId) {
        String step = taskId.replace("Task_", "");
        for (String rung : List.of("Reminder", "Overdue", "LongOverdue")) {
            execute(managementService().createJobQuery()
                .processInstanceId(instance.getId())
                .activityId("BoundaryEvent_" + step + rung)
                .singleResult());
        }
        assertThat(instance)
            .hasPassed("EndEvent_" + step + "ReminderHandled", "EndEvent_" + step + "OverdueHandled",
                    "EndEvent_" + step + "LongOverdueHandled")
            .isWaitingAt(taskId);
    }

    public void register() {
        Mocks.register("stepDeadlines", new StepDeadlinesStandIn(ladder));
        Mocks.register("escalationLadder", ladder);
        JavaDelegate recorder = execution -> fired.add(execution.getCurrentActivityId());
        Mocks.register("sendReminderDelegate", recorder);
        Mocks.register("sendOverdueNoticeDelegate", recorder);
        Mocks.register("escalateToSteeringCommitteeDelegate", recorder);
    }

    /**
     * Stands in for {@code stepDeadlines}: the rule evaluated every time, nothing stored.
     */
    public static final class StepDeadlinesStandIn {

        private final EscalationLadder ladder;

        StepDeadlinesStandIn(EscalationLadder ladder) {
            this.ladder = ladder;
        }

        public Date dueAt(DelegateExecution execution) {
            return Date.from(StepDeadlines.deadlineRule(execution));
        }

        public Date rungAt(DelegateExecution execution, String rung) {
            return Date.from(ladder.rungAt(Rung.valueOf(rung), StepDeadlines.deadlineRule(execution).atZone(VIETNAM))
                .toInstant());
        }

    }

}
