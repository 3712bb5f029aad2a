package vn.gov.oversight.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The two report forms show what their reporter reports, under the names the rules use in
 * their messages: a locality's form has no policy, a department's no household.
 */
class ReportFormsTest {

    static Map<String, String> fields(String form) throws IOException {
        Map<String, String> fields = new HashMap<>();
        for (JsonNode component : new ObjectMapper().readTree(Path.of("forms", form).toFile()).path("components")) {
            if (component.has("key") && !component.path("readonly").asBoolean()) {
                fields.put(component.path("key").asText(), component.path("label").asText());
            }
        }
        return fields;
    }

    @Test
    void theLocalityFormAsksForTheHouseholdsAndNamesThemAsTheRulesDo() throws IOException {
        Map<String, String> fields = fields("prepare-report.form");
        ReportFields.HOUSEHOLD_COUNTS.forEach((key, label) -> assertThat(fields).containsEntry(key, label));
        ReportFields.ETHNIC_MINORITY.forEach((key, label) -> assertThat(fields).containsEntry(key, label));
        for (Deprivation indicator : Deprivation.values()) {
            assertThat(fields).containsEntry(ReportFields.deficit(indicator), ReportFields.deficitLabel(indicator));
        }
        assertThat(fields.keySet()).noneMatch(key -> key.startsWith("reached") || key.startsWith("eligible"));
        assertThat(fields).containsKeys("explanation", "budgetAllocated", "budgetDisbursed", "narrative");
    }

    @Test
    void theDepartmentFormAsksForThePoliciesInTheirUnitsAndNoHousehold() throws IOException {
        Map<String, String> fields = fields("prepare-policy-report.form");
        for (PolicyArea area : PolicyArea.values()) {
            for (boolean eligible : new boolean[] { false, true }) {
                for (boolean nearPoor : new boolean[] { false, true }) {
                    assertThat(fields).containsEntry(ReportFields.policy(area, eligible, nearPoor),
                            ReportFields.policyLabel(area, eligible, nearPoor));
                }
            }
        }
        assertThat(fields.keySet()).doesNotContainAnyElementsOf(ReportFields.HOUSEHOLD_COUNTS.keySet());
        assertThat(fields).containsKeys("budgetAllocated", "budgetDisbursed", "narrative");
        assertThat(fields).containsEntry("budgetAllocated", "Kinh phí được phân bổ (đồng)");
    }

}
