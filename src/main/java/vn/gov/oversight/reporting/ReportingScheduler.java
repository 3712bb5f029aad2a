package vn.gov.oversight.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens the regular periods by itself on the first day of their data cut-off window
 * (Decree 09/2019: 15/12 for the six-month report and the year, the 15th of the month
 * before each quarter), for the regimes the coordinator marked as scheduled
 * ({@link ReportingRegimes}); {@code oversight.reporting.scheduler.enabled=false}
 * switches it off. A period already open is left alone.
 */
@Component
class ReportingScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReportingScheduler.class);

    private final Reports reports;

    private final ReportingStore store;

    private final Clock clock;

    private final boolean enabled;

    private final ReportingRegimes regimes;

    ReportingScheduler(Reports reports, ReportingStore store, Clock clock, ReportingRegimes regimes,
            @Value("${oversight.reporting.scheduler.enabled:true}") boolean enabled) {
        this.reports = reports;
        this.store = store;
        this.clock = clock;
        this.enabled = enabled;
        this.regimes = regimes;
    }

    @Scheduled(cron = "${oversight.reporting.scheduler.cron:0 10 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        if (enabled) {
            openDuePeriods(LocalDate.now(clock));
        }
    }

    /** Opens the periods whose day is {@code today}; returns their codes. */
    List<String> openDuePeriods(LocalDate today) {
        List<String> opened = new ArrayList<>();
        for (ReportingRegime regime : regimes.all()) {
            if (!regime.scheduled()) {
                continue;
            }
            ReportingPeriods.next(regime, today).filter(code -> !store.periodExists(code)).ifPresent(code -> {
                reports.open(new Reports.PeriodRequest(code, regime.kind(), null, null, null, null, null), "scheduler");
                opened.add(code);
            });
        }
        if (!opened.isEmpty()) {
            log.info("Reporting periods opened on {}: {}", today, opened);
        }
        return opened;
    }

}
