package vn.gov.oversight.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.gov.oversight.support.ModuleTest;

/**
 * The organization module alone: a merger moves the open work every module reports
 * ({@link OpenWork}) to the successor once, however often the directory is reconciled,
 * and tells the others the agency was succeeded.
 */
@ModuleTest
@Import(OrganizationModuleTests.StandInModule.class)
class OrganizationModuleTests {

    static final LocalDate SINCE = LocalDate.of(2021, 1, 1);

    /**
     * The module's adapter to the engine's users, groups, authorizations and tasks: its
     * own tests cover it.
     */
    @MockitoBean
    CamundaDirectoryMirror mirror;

    @Autowired
    Directory directory;

    @Autowired
    Successions successions;

    @Autowired
    StandInModule module;

    @Test
    void aMergerMovesEveryModulesOpenWorkToTheSuccessorOnceAndIsTold(PublishedEvents events) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String district = "ubnd-huyen-" + suffix;
        String commune = "ubnd-xa-" + suffix;
        directory.createAgency(new Directory.AgencyDraft(district, "UBND huyện Thử " + suffix,
                AgencyKind.LOCAL_COMMITTEE, null, SINCE, null));
        directory.createAgency(new Directory.AgencyDraft(commune, "UBND xã Thử " + suffix, AgencyKind.LOCAL_COMMITTEE,
                null, SINCE, null));
        WorkItem task = new WorkItem("ASSIGNMENT", "1-" + suffix, "Rà soát hộ nghèo", "1.1", "I", null);
        module.open.put(district, task);
        LocalDate today = directory.today();

        successions.record(district, Successions.Request.merger(commune, today));
        directory.reconcile();

        assertThat(module.moved).containsExactly(task.id() + " -> " + List.of(commune));
        assertThat(directory.agency(district).orElseThrow().validTo()).isEqualTo(today.minusDays(1));
        assertThat(events.ofType(AgencySucceeded.class)
            .matching(succeeded -> succeeded.predecessorCode().equals(district))).singleElement()
            .isEqualTo(new AgencySucceeded(district, commune, today));
    }

    /**
     * Another module's open work, as it tells it to the directory (the configuration is
     * the bean).
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class StandInModule implements OpenWork {

        final Map<String, WorkItem> open = new ConcurrentHashMap<>();

        final List<String> moved = new ArrayList<>();

        @Override
        public List<WorkItem> openWorkOf(String agencyCode) {
            WorkItem item = open.get(agencyCode);
            return item == null ? List.of() : List.of(item);
        }

        @Override
        public synchronized void move(WorkItem item, Destination destination, Transfer transfer) {
            open.values().remove(item);
            moved.add(item.id() + " -> " + destination.agencies());
        }

    }

}
