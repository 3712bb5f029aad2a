package vn.gov.oversight.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.oversight.support.ModelConstants;

/** The constants holder, the model and the forms of the escalation review agree. */
class EscalationReviewProcessConstantsTest {

    static List<String> constants(Class<?> holder) {
        return ModelConstants.of(holder);
    }

    @Test
    void constantsNameElementsOfTheModelAndFormFieldsAreVariables() throws Exception {
        BpmnModelInstance model = ModelConstants.model(EscalationReviewProcess.RESOURCE);
        assertThat(constants(EscalationReviewProcess.Elements.class))
            .allSatisfy(id -> assertThat((Object) model.getModelElementById(id)).as(id).isNotNull());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRef()).isIn(constants(EscalationReviewProcess.Forms.class));
        }
        List<String> variables = constants(EscalationReviewProcess.Variables.class);
        ObjectMapper json = new ObjectMapper();
        for (String form : List.of("review-escalation", "accountability-report")) {
            JsonNode root = json.readTree(Path.of("forms", form + ".form").toFile());
            assertThat(root.path("id").asText()).isIn(constants(EscalationReviewProcess.Forms.class));
            for (JsonNode component : root.path("components")) {
                if (component.has("key")) {
                    assertThat(variables).as(form).contains(component.path("key").asText());
                }
            }
        }
    }

}
