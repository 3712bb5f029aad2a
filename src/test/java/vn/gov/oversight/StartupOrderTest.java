package vn.gov.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.mock.env.MockEnvironment;

/**
 * The start-up runners run in the order the data needs (StartupOrder): every runner of
 * the application has its own place, and sorted as Spring sorts them they come holidays,
 * directory, then the demo's parts in turn.
 */
class StartupOrderTest {

    @Test
    void everyRunnerHasItsOwnPlaceInTheOrderTheDataNeeds() throws ClassNotFoundException {
        // every demo part switched on, as the demo profile does
        MockEnvironment demo = new MockEnvironment().withProperty("oversight.demo.seed-directory", "true")
            .withProperty("oversight.demo.seed-plan", "true")
            .withProperty("oversight.demo.seed-history", "true");
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
                demo);
        scanner.addIncludeFilter(new AssignableTypeFilter(ApplicationRunner.class));
        List<Class<?>> runners = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("vn.gov.oversight")) {
            runners.add(Class.forName(candidate.getBeanClassName()));
        }
        runners.sort(AnnotationAwareOrderComparator.INSTANCE);

        assertThat(runners).extracting(Class::getSimpleName)
            .containsExactly("ShippedHolidaysLoader", "DirectoryReconciler", "DemoDirectorySeeder",
                    "DemoAgencyNamesSeeder", "DemoPlanSeeder", "DemoReportingSeeder", "DemoInspectionSeeder",
                    "DemoHistorySeeder");
        assertThat(runners).extracting(runner -> OrderUtils.getOrder(runner, Integer.MAX_VALUE))
            .doesNotHaveDuplicates();
    }

}
