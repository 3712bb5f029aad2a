package vn.gov.oversight.assignment;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.gov.oversight.assignment.TaskAssignmentProcess.Variables;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.PeopleDates;
import vn.gov.oversight.system.TaskDisplayValues;

/**
 * What the forms of {@code taskAssignment} show about the assignment, read from its table
 * when the form is opened: the plan, the task, the lead agency's name today, the task's
 * deadline and the step's own due date (which an extension moves).
 */
@Component
class AssignmentDisplayValues implements TaskDisplayValues {

    private final AssignmentStore store;

    private final Directory directory;

    AssignmentDisplayValues(AssignmentStore store, Directory directory) {
        this.store = store;
        this.directory = directory;
    }

    @Override
    public Map<String, Object> of(Task task) {
        return FormValues.businessKeyOf(task, TaskAssignmentProcess.KEY)
            .flatMap(store::idOf)
            .flatMap(store::find)
            .map(assignment -> {
                Map<String, Object> values = new HashMap<>();
                values.put(Variables.PLAN_CODE, assignment.planCode());
                values.put(Variables.TASK_CODE, assignment.taskCode());
                values.put(Variables.TASK_TITLE, assignment.taskTitle());
                values.put(Variables.AGENCY_NAME,
                        directory.agency(assignment.agencyCode())
                            .map(agency -> agency.name())
                            .orElse(assignment.agencyCode()));
                values.put(Variables.TASK_DUE_DATE_TEXT, PeopleDates.day(assignment.dueDate()));
                if (task.getDueDate() != null) {
                    values.put(Variables.STEP_DUE_DATE_TEXT, PeopleDates.day(task.getDueDate()));
                }
                return values;
            })
            .orElse(Map.of());
    }

}
