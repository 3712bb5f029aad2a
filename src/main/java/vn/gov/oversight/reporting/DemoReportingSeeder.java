package vn.gov.oversight.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the demo, the half-year period under way is open, so that the districts have a report to prepare and
 * the coordinator something to check. Once only: an open period is left alone.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "oversight.demo.seed-plan", havingValue = "true")
class DemoReportingSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReportingSeeder.class);

    private final Reports reports;
    private final ReportingStore store;
    private final Clock clock;

    DemoReportingSeeder(Reports reports, ReportingStore store, Clock clock) {
        this.reports = reports;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String code = currentHalfYear(LocalDate.now(clock));
        if (!store.periodExists(code)) {
            reports.open(new Reports.PeriodRequest(code, RegimeKind.SEMI_ANNUAL, null, null, null, null), "demo");
            log.info("Demo reporting period {} opened", code);
        }
    }

    /** The half-year whose data window holds {@code today} (H1: 15/12 to 14/6, H2: 15/6 to 14/12). */
    static String currentHalfYear(LocalDate today) {
        MonthDay day = MonthDay.from(today);
        if (!day.isBefore(MonthDay.of(6, 15)) && day.isBefore(MonthDay.of(12, 15))) {
            return today.getYear() + "-H2";
        }
        return (day.isBefore(MonthDay.of(6, 15)) ? today.getYear() : today.getYear() + 1) + "-H1";
    }
}
