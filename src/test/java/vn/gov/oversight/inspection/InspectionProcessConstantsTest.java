package vn.gov.oversight.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.oversight.support.ModelConstants;

/**
 * {@link InspectionProcess}, {@code inspection.bpmn} and the inspection's forms agree.
 */
class InspectionProcessConstantsTest {

    @Test
    void everyElementConstantIsInTheModelAndEveryUserTaskHasItsForm() {
        BpmnModelInstance model = ModelConstants.model(InspectionProcess.RESOURCE);
        assertThat(ModelConstants.of(InspectionProcess.Elements.class))
            .allSatisfy(id -> assertThat((Object) model.getModelElementById(id)).as(id).isNotNull());
        List<String> forms = ModelConstants.of(InspectionProcess.Forms.class);
        assertThat(model.getModelElementsByType(UserTask.class)).hasSize(forms.size())
            .allSatisfy(task -> assertThat(task.getCamundaFormRef()).as(task.getId()).isIn(forms));
    }

    @Test
    void everyFormFieldIsAVariableOfTheConstantsHolder() throws Exception {
        List<String> variables = ModelConstants.of(InspectionProcess.Variables.class);
        List<String> forms = ModelConstants.of(InspectionProcess.Forms.class);
        ObjectMapper json = new ObjectMapper();
        for (String form : forms) {
            Path file = Path.of("forms", form.replaceAll("([A-Z])", "-$1").toLowerCase() + ".form");
            assertThat(Files.exists(file)).as(file.toString()).isTrue();
            JsonNode root = json.readTree(file.toFile());
            assertThat(root.path("id").asText()).isEqualTo(form);
            assertThat(root.path("schemaVersion").asInt()).isEqualTo(16);
            root.path("components").forEach(component -> {
                if (component.has("key")) {
                    assertThat(variables).as(form).contains(component.path("key").asText());
                }
            });
        }
    }

}
