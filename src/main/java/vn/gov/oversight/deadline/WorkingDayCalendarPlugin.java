package vn.gov.oversight.deadline;

import java.util.Date;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Makes the engine count deadlines the way officials do: a model's
 * {@code camunda:dueDate="P3D"}, a follow-up date or a timer {@code P3D} is three working
 * days (ending at the end of the third, in Vietnam), counted by the
 * {@link WorkingCalendar}. Durations with a time part ({@code PT30S}, {@code P1DT2H}),
 * absolute dates, repeating and cycle timers keep the engine's own behaviour.
 * <p>
 * It wraps whatever business calendar manager the engine ends up with, so that another
 * plug-in's calendars survive; the cycle calendar stays the engine's because the engine
 * casts it to its class.
 */
@Component
class WorkingDayCalendarPlugin extends AbstractProcessEnginePlugin {

    private final Supplier<WorkingCalendar> calendar;

    // Lazy: the engine is built before the beans the working calendar needs (its holiday
    // table).
    @Autowired
    WorkingDayCalendarPlugin(ObjectProvider<WorkingCalendar> calendar) {
        this(calendar::getObject);
    }

    /** For an engine built without Spring (tests). */
    WorkingDayCalendarPlugin(Supplier<WorkingCalendar> calendar) {
        this.calendar = calendar;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        BusinessCalendarManager engines = configuration.getBusinessCalendarManager();
        BusinessCalendar duration = new WorkingDayCalendar(engines.getBusinessCalendar(DurationBusinessCalendar.NAME));
        BusinessCalendar dueDate = new WorkingDayCalendar(engines.getBusinessCalendar(DueDateBusinessCalendar.NAME));
        configuration.setBusinessCalendarManager(name -> {
            if (DurationBusinessCalendar.NAME.equals(name)) {
                return duration;
            }
            if (DueDateBusinessCalendar.NAME.equals(name)) {
                return dueDate;
            }
            return engines.getBusinessCalendar(name);
        });
    }

    /**
     * One of the engine's calendars, with day-based durations counted in working days.
     */
    final class WorkingDayCalendar implements BusinessCalendar {

        private final BusinessCalendar usual;

        WorkingDayCalendar(BusinessCalendar usual) {
            this.usual = usual;
        }

        @Override
        public Date resolveDuedate(String duedate) {
            return WorkingCalendar.countsWorkingDays(duedate) ? workingDays(duedate, null)
                    : usual.resolveDuedate(duedate);
        }

        @Override
        public Date resolveDuedate(String duedate, Date startDate) {
            return WorkingCalendar.countsWorkingDays(duedate) ? workingDays(duedate, startDate)
                    : usual.resolveDuedate(duedate, startDate);
        }

        /**
         * A task's due or follow-up date: counted from now, on the engine's clock, as the
         * engine does.
         */
        @Override
        public Date resolveDuedate(String duedate, Task task) {
            return WorkingCalendar.countsWorkingDays(duedate) ? workingDays(duedate, null)
                    : usual.resolveDuedate(duedate, task);
        }

        private Date workingDays(String duration, Date startDate) {
            // the engine's clock, not the system's: process tests and the engine's own
            // set-ups move it
            Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
            return Date.from(calendar.get().dueAfter(start.toInstant(), duration).toInstant());
        }

    }

}
