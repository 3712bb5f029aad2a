package vn.gov.oversight.deadline;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.gov.oversight.system.StartupOrder;

/**
 * At start-up, loads the years of the shipped holiday file that the database does not
 * have yet and replaces those loaded from an earlier, since corrected, version of the
 * file (never an administrator's correction). First among the start-up runners, so that
 * the demo data's deadlines are already counted with the holidays.
 */
@Component
@Order(StartupOrder.HOLIDAYS)
class ShippedHolidaysLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedHolidaysLoader.class);

    private final CalendarYears years;

    ShippedHolidaysLoader(CalendarYears years) {
        this.years = years;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Integer> loaded = years.loadShipped(HolidayFile.read());
        if (!loaded.isEmpty()) {
            log.info("Holiday calendar loaded or corrected from {} for {}", HolidayFile.LOCATION, loaded);
        }
    }

}
