package vn.gov.oversight.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DemoReportingSeederTest {

    @Test
    void theHalfYearUnderWayFollowsTheDataWindows() {
        assertThat(DemoReportingSeeder.currentPeriod(LocalDate.of(2026, 11, 27))).isEqualTo("2026");
        assertThat(DemoReportingSeeder.currentPeriod(LocalDate.of(2026, 6, 15))).isEqualTo("2026");
        assertThat(DemoReportingSeeder.currentPeriod(LocalDate.of(2026, 6, 14))).isEqualTo("2026-H1");
        assertThat(DemoReportingSeeder.currentPeriod(LocalDate.of(2026, 12, 15))).isEqualTo("2027-H1");
        assertThat(DemoReportingSeeder.currentPeriod(LocalDate.of(2026, 1, 2))).isEqualTo("2026-H1");
    }

}
