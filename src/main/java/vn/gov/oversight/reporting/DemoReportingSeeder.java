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

import vn.gov.oversight.system.StartupOrder;

/**
 * In the demo, the half-year period under way is open, so that the districts have a
 * report to prepare and the coordinator something to check. Once only: an open period is
 * left alone.
 */
@Component
@Order(StartupOrder.DEMO_REPORTING)
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
        LocalDate today = LocalDate.now(clock);
        String code = currentPeriod(today);
        if (!store.periodExists(code)) {
            reports.open(new Reports.PeriodRequest(code, kindOf(code), null, null, null, null, null), "demo");
            log.info("Demo reporting period {} opened", code);
        }
    }

    /**
     * The period whose report is being prepared on {@code today}: the six-month report
     * from 15/12 to 14/6 ({@code 2026-H1}), then the annual report of the year to 14/12
     * ({@code 2026}).
     */
    static String currentPeriod(LocalDate today) {
        MonthDay day = MonthDay.from(today);
        if (!day.isBefore(MonthDay.of(6, 15)) && day.isBefore(MonthDay.of(12, 15))) {
            return String.valueOf(today.getYear());
        }
        return (day.isBefore(MonthDay.of(6, 15)) ? today.getYear() : today.getYear() + 1) + "-H1";
    }

    static RegimeKind kindOf(String code) {
        return code.endsWith("-H1") ? RegimeKind.SEMI_ANNUAL : RegimeKind.ANNUAL;
    }

}
