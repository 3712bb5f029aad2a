package vn.gov.oversight.system.engine;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.TaskCompletionRule;

/**
 * Camunda Forms validate only in the browser. This rule re-applies on the server what
 * each task's deployed Camunda Form declares: required, minimum and maximum length,
 * minimum and maximum value, booleans for check boxes, dates as {@code yyyy-MM-dd}.
 */
public class CamundaFormRule implements TaskCompletionRule {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The fields of each task's form, by process definition and task. */
    private final Map<String, DeployedForm> forms = new ConcurrentHashMap<>();

    @Override
    public List<FieldProblem> check(Task task, Map<String, Object> variables) {
        List<FieldProblem> problems = new ArrayList<>();
        form(task).inputs().forEach(field -> field.check(variables.get(field.key()), problems));
        return problems;
    }

    /**
     * The fields the task's deployed Camunda Form declares; none for a task without one.
     */
    DeployedForm form(Task task) {
        if (task.getProcessDefinitionId() == null) {
            return DeployedForm.NONE;
        }
        return forms.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
                key -> load(task.getId()));
    }

    private static DeployedForm load(String taskId) {
        InputStream form;
        try {
            form = Context.getCommandContext()
                .runWithoutAuthorization(
                        () -> Context.getProcessEngineConfiguration().getFormService().getDeployedTaskForm(taskId));
        }
        catch (RuntimeException noCamundaForm) {
            // an embedded form, a generated form or none: nothing declared here
            return DeployedForm.NONE;
        }
        try (form) {
            List<FormField> inputs = new ArrayList<>();
            Set<String> readOnly = new HashSet<>();
            collect(JSON.readTree(form).path("components"), inputs, readOnly);
            return new DeployedForm(List.copyOf(inputs), Set.copyOf(readOnly));
        }
        catch (IOException e) {
            throw new IllegalStateException("Unreadable Camunda Form of task " + taskId, e);
        }
    }

    private static void collect(JsonNode components, List<FormField> result, Set<String> readOnly) {
        for (JsonNode component : components) {
            if (component.has("components")) {
                collect(component.path("components"), result, readOnly);
            }
            String key = component.path("key").asText(null);
            if (key == null) {
                continue;
            }
            if (component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false)) {
                readOnly.add(key);
                continue;
            }
            JsonNode validate = component.path("validate");
            result.add(new FormField(key, component.path("label").asText(key), component.path("type").asText(),
                    component.path("subtype").asText(""), validate.path("required").asBoolean(false),
                    validate.has("minLength") ? validate.get("minLength").asInt() : null,
                    validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
                    validate.has("min") ? validate.get("min").decimalValue() : null,
                    validate.has("max") ? validate.get("max").decimalValue() : null));
        }
    }

    /**
     * What a deployed form declares: the fields a person fills in, and those only shown.
     */
    record DeployedForm(List<FormField> inputs, Set<String> readOnly) {

        static final DeployedForm NONE = new DeployedForm(List.of(), Set.of());

        boolean isInput(String key) {
            return inputs.stream().anyMatch(field -> field.key().equals(key));
        }
    }

    /** One field of a Camunda Form and the validation it declares. */
    record FormField(String key, String label, String type, String subtype, boolean required, Integer minLength,
            Integer maxLength, BigDecimal min, BigDecimal max) {

        void check(Object value, List<FieldProblem> problems) {
            String name = "'" + label + "'";
            if (value == null || value instanceof String text && text.isBlank()) {
                if (required) {
                    problems.add(new FieldProblem(key, "Chưa nhập " + name));
                }
                return;
            }
            if ("checkbox".equals(type) && !(value instanceof Boolean) && !"true".equalsIgnoreCase(value.toString())
                    && !"false".equalsIgnoreCase(value.toString())) {
                problems.add(new FieldProblem(key, name + " phải là true hoặc false"));
            }
            if ("number".equals(type)) {
                BigDecimal number = number(value);
                if (number == null) {
                    problems.add(new FieldProblem(key, name + " phải là số, không phải '" + value + "'"));
                }
                else if (min != null && number.compareTo(min) < 0) {
                    problems.add(new FieldProblem(key, name + " không được nhỏ hơn " + min.toPlainString()));
                }
                else if (max != null && number.compareTo(max) > 0) {
                    problems.add(new FieldProblem(key, name + " không được lớn hơn " + max.toPlainString()));
                }
            }
            if ("datetime".equals(type) && "date".equals(subtype) && !(value instanceof Date)) {
                try {
                    LocalDate.parse(value.toString().trim());
                }
                catch (DateTimeParseException e) {
                    problems
                        .add(new FieldProblem(key, name + " phải là ngày dạng yyyy-MM-dd, không phải '" + value + "'"));
                }
            }
            if (value instanceof String text) {
                if (minLength != null && text.trim().length() < minLength) {
                    problems.add(new FieldProblem(key, name + " phải có ít nhất " + minLength + " ký tự"));
                }
                if (maxLength != null && text.length() > maxLength) {
                    problems.add(new FieldProblem(key, name + " dài quá " + maxLength + " ký tự"));
                }
            }
        }

        private static BigDecimal number(Object value) {
            if (value instanceof Number n) {
                return new BigDecimal(n.toString());
            }
            try {
                return new BigDecimal(value.toString().trim());
            }
            catch (NumberFormatException e) {
                return null;
            }
        }
    }

}
