package vn.gov.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.organization.Agency;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.support.Http;

/**
 * The demo as a newcomer starts it today, on the embedded database of a plain run: Plan
 * 151 of 2021, then the changes of 2025, so that today's agencies hold the open work and
 * the history says where it came from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.datasource.url=jdbc:h2:mem:demo-today;DB_CLOSE_DELAY=-1", "spring.profiles.active=demo",
                "camunda.bpm.job-execution.enabled=false",
                // its own engine name: the suite's shared context keeps the engine
                // registered as "default", which the
                // REST API and the web apps look up by name
                "camunda.bpm.process-engine-name=demotoday" })
class DemoTodayIntegrationTests {

    static final String COORDINATOR = "canbo.so-nn-mt";

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Test
    void todaysAgenciesHoldPlan151sOpenWorkWithTheHistoryBehindIt() {
        LocalDate today = directory.today();
        // the directory has both: the district of 2021, ended, and the commune of today
        Agency district = directory.agency("ubnd-yen-mo").orElseThrow();
        assertThat(district.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        Agency commune = directory.agency("ubnd-xa-yen-mo").orElseThrow();
        assertThat(commune.isValidOn(today)).isTrue();
        assertThat(commune.formerProvince()).isEqualTo("ninh-binh");
        assertThat(directory.coordinatorOn(today)).contains("so-nn-mt");

        Http coordinator = Http.as(port, COORDINATOR);
        JsonNode assignments = coordinator.get("/api/assignments?plan=151/KH-UBND").json();
        List<String> heldByEnded = new ArrayList<>();
        for (JsonNode assignment : assignments) {
            String stage = assignment.path("stage").asText();
            if (!"TRANSFERRED".equals(stage) && !"DONE".equals(stage)
                    && !directory.agency(assignment.path("agencyCode").asText()).orElseThrow().isValidOn(today)) {
                heldByEnded.add(assignment.path("taskCode").asText() + " " + assignment.path("agencyCode").asText());
            }
        }
        assertThat(heldByEnded).isEmpty();
        // the jobs-and-labour task followed the jobs to Home Affairs, the poverty work to
        // Agriculture and Environment
        assertThat(heldBy(assignments, "3.4")).containsExactly("so-noi-vu");
        assertThat(heldBy(assignments, "1.2")).containsExactly("so-nn-mt");
        // the yearly review of poor households is the communes' now; Kim Sơn's went back
        // to the coordinator
        assertThat(heldBy(assignments, "5.1"))
            .contains("ubnd-xa-yen-mo", "ubnd-phuong-hoa-lu", "ubnd-xa-cuc-phuong", "so-nn-mt")
            .doesNotContain("ubnd-yen-mo", "ubnd-tp-ninh-binh");
        JsonNode communes = null;
        for (JsonNode assignment : assignments) {
            if ("5.1".equals(assignment.path("taskCode").asText())
                    && "ubnd-xa-yen-mo".equals(assignment.path("agencyCode").asText())) {
                communes = assignment;
            }
        }
        String history = coordinator.get("/api/assignments/" + communes.path("id").asText())
            .json()
            .path("events")
            .toString();
        assertThat(history).contains("1674/NQ-UBTVQH15", "UBND huyện Yên Mô");

        // the reporting period open today is for today's reporters
        JsonNode periods = coordinator.get("/api/reporting-periods").json();
        String period = periods.get(periods.size() - 1).path("code").asText();
        JsonNode reporters = coordinator.get("/api/reporting-periods/" + period + "/summary").json().path("agencies");
        assertThat(reporters.findValuesAsText("agency")).contains("ubnd-xa-yen-mo", "so-nn-mt")
            .doesNotContain("ubnd-yen-mo", "so-ldtbxh");
        // and today's people log in to it
        assertThat(
                Http.as(port, "thutruong.ubnd-xa-yen-mo").get("/api/assignments").json().findValuesAsText("agencyCode"))
            .containsOnly("ubnd-xa-yen-mo");
    }

    static List<String> heldBy(JsonNode assignments, String taskCode) {
        List<String> agencies = new ArrayList<>();
        for (JsonNode assignment : assignments) {
            if (taskCode.equals(assignment.path("taskCode").asText())
                    && !"TRANSFERRED".equals(assignment.path("stage").asText())) {
                agencies.add(assignment.path("agencyCode").asText());
            }
        }
        return agencies;
    }

}
