package vn.gov.oversight.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.gov.oversight.deadline.HolidaysCorrected;
import vn.gov.oversight.deadline.WorkingCalendar;
import vn.gov.oversight.system.PeopleDates;

/**
 * Re-arms the waiting steps whose due moments a correction of the holiday calendar moves.
 * A step counted in working days from its start ({@link LadderSubjects#durationOf}) whose
 * due moment is still the one the old days gave gets the one the new days give, and its
 * ladder starts again from there, as after an extension. A due moment that differs from
 * the old count was set by a person (the steering committee's extension) or under another
 * configuration, and is kept; so is a step due on a fixed date (the plan's deadline, the
 * period's due date), which no holiday moves.
 */
@Component
class StepRearming {

    private static final Logger log = LoggerFactory.getLogger(StepRearming.class);

    private static final ZoneId ZONE = PeopleDates.VIETNAM;

    private final TaskService tasks;

    private final StepDeadlines steps;

    private final WorkingCalendar calendar;

    private final ObjectProvider<LadderSubjects> subjects;

    StepRearming(TaskService tasks, StepDeadlines steps, WorkingCalendar calendar,
            ObjectProvider<LadderSubjects> subjects) {
        this.tasks = tasks;
        this.steps = steps;
        this.calendar = calendar;
        this.subjects = subjects;
    }

    @EventListener
    void on(HolidaysCorrected correction) {
        WorkingCalendar before = calendar.asBefore(correction);
        // a step is moved only if its count crossed a corrected year: begun before its
        // end, due after its start
        Instant firstDay = LocalDate.of(Collections.min(correction.years()), 1, 1).atStartOfDay(ZONE).toInstant();
        Instant dayAfter = LocalDate.of(Collections.max(correction.years()) + 1, 1, 1).atStartOfDay(ZONE).toInstant();
        List<Task> waiting = tasks.createTaskQuery()
            .dueAfter(Date.from(firstDay.minusMillis(1)))
            .taskCreatedBefore(Date.from(dayAfter))
            .list();
        int moved = 0;
        for (Task task : waiting) {
            try {
                if (rearm(task, before)) {
                    moved++;
                }
            }
            catch (RuntimeException e) {
                // completed or changed meanwhile: the step's own ladder goes on with what
                // it has
                log.warn("Step {} of {} not re-armed after the holiday correction of {}: {}",
                        task.getTaskDefinitionKey(), task.getProcessInstanceId(), correction.years(), e.toString());
            }
        }
        log.info("Holiday correction of {}: {} of {} waiting steps re-armed", correction.years(), moved,
                waiting.size());
    }

    private boolean rearm(Task task, WorkingCalendar before) {
        Optional<String> duration = subjects.orderedStream()
            .flatMap(source -> source.durationOf(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).stream())
            .findFirst();
        Optional<Instant> known = steps.dueOf(task);
        if (duration.isEmpty() || known.isEmpty()) {
            return false;
        }
        Date due = Date.from(known.get());
        Instant began = task.getCreateTime().toInstant();
        if (!before.dueAfter(began, duration.get()).toInstant().equals(due.toInstant())) {
            return false;
        }
        Instant corrected = calendar.dueAfter(began, duration.get()).toInstant();
        if (corrected.equals(due.toInstant())) {
            return false;
        }
        steps.move(task, Date.from(corrected));
        log.info("Step {} of {} re-armed: due {} instead of {}", task.getTaskDefinitionKey(),
                task.getProcessInstanceId(), corrected, due.toInstant());
        return true;
    }

}
