package vn.gov.oversight.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The holidays shipped with the application, {@value #LOCATION}: one entry a year,
 * produced by {@code scripts/calendar/generate_holidays.py} from the Labour Code's rules
 * and the Government's known decisions. Read with a mapper of its own so that it also
 * serves tests without Spring.
 */
final class HolidayFile {

    static final String LOCATION = "calendar/vn-holidays.json";

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    /** A year as the file holds it. */
    record Year(int year, String source, List<CalendarYear.Entry> daysOff, List<CalendarYear.Entry> workingDays) {

        CalendarYear.Draft draft() {
            return new CalendarYear.Draft(source, daysOff, workingDays);
        }
    }

    private HolidayFile() {
    }

    static List<Year> read() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return JSON.readValue(in, new TypeReference<List<Year>>() {
            });
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped holidays " + LOCATION, e);
        }
    }

}
