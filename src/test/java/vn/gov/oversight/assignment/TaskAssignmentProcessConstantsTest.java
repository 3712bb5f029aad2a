package vn.gov.oversight.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The constants holder, the model and the forms agree. */
class TaskAssignmentProcessConstantsTest {

    static BpmnModelInstance model() throws Exception {
        try (InputStream in = TaskAssignmentProcessConstantsTest.class.getClassLoader()
            .getResourceAsStream(TaskAssignmentProcess.RESOURCE)) {
            return Bpmn.readModelFromStream(in);
        }
    }

    static List<String> constants(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()))
            .map(TaskAssignmentProcessConstantsTest::value)
            .toList();
    }

    static String value(Field field) {
        try {
            return (String) field.get(null);
        }
        catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyElementConstantNamesAnElementOfTheModel() throws Exception {
        BpmnModelInstance model = model();

        Process process = model.getModelElementById(TaskAssignmentProcess.KEY);
        assertThat(process.isExecutable()).isTrue();
        assertThat(constants(TaskAssignmentProcess.Elements.class))
            .allSatisfy(id -> assertThat((Object) model.getModelElementById(id)).as(id).isNotNull());
    }

    @Test
    void everyMessageConstantNamesAMessageOfTheModel() throws Exception {
        List<String> names = model().getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class)
            .stream()
            .map(org.camunda.bpm.model.bpmn.instance.Message::getName)
            .toList();

        assertThat(names).containsExactlyInAnyOrderElementsOf(constants(TaskAssignmentProcess.Messages.class));
    }

    @Test
    void everyUserTaskHasAFormThatExistsAndADueDate() throws Exception {
        Set<String> formIds = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.toList()) {
                formIds.add(json.readTree(form.toFile()).path("id").asText());
            }
        }

        for (UserTask task : model().getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRef()).as(task.getId()).isIn(constants(TaskAssignmentProcess.Forms.class));
            assertThat(formIds).as(task.getId()).contains(task.getCamundaFormRef());
            assertThat(task.getCamundaDueDate()).as(task.getId()).isNotBlank();
        }
    }

    @Test
    void everyFormFieldIsAVariableConstant() throws Exception {
        List<String> variables = constants(TaskAssignmentProcess.Variables.class);
        ObjectMapper json = new ObjectMapper();
        for (String form : List.of("acknowledge-task", "draft-local-plan", "review-draft", "contribute-to-draft",
                "issue-local-plan", "report-completion", "confirm-completion")) {
            JsonNode components = json.readTree(Path.of("forms", form + ".form").toFile()).path("components");
            for (JsonNode component : components) {
                if (component.has("key")) {
                    assertThat(variables).as(form).contains(component.path("key").asText());
                }
            }
        }
    }

}
