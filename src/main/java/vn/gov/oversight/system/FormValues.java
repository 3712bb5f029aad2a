package vn.gov.oversight.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Reading what a form or a REST client submitted: texts trimmed (blank is absent), dates
 * as a {@link Date} or ISO {@code yyyy-MM-dd} text, booleans as a boolean or the text
 * {@code true}/{@code false}. Each answers {@code null} for an absent or unreadable
 * value; the caller says what that means.
 */
public final class FormValues {

    private FormValues() {
    }

    public static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    public static LocalDate date(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(PeopleDates.VIETNAM).toLocalDate();
        }
        try {
            return text(value) == null ? null : LocalDate.parse(text(value));
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }

    public static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(s);
        }
        return null;
    }

    /**
     * Whether a process definition id ({@code key:version:id}) is one of the process
     * {@code processKey}.
     */
    public static boolean isOf(String processDefinitionId, String processKey) {
        return processDefinitionId != null && processDefinitionId.startsWith(processKey + ":");
    }

    /**
     * The business key of the instance a task of process {@code processKey} works in
     * (what the modules find their records by); empty for a task of another process.
     * Called inside the engine, where tasks are entities.
     */
    public static Optional<String> businessKeyOf(Task task, String processKey) {
        if (!isOf(task.getProcessDefinitionId(), processKey) || !(task instanceof TaskEntity entity)) {
            return Optional.empty();
        }
        return Optional.ofNullable(entity.getExecution().getProcessBusinessKey());
    }

}
