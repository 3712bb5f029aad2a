package vn.gov.oversight.deadline;

import java.security.Principal;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The holiday calendar's API: every logged-in user may read a year (deadlines are counted
 * with it); only administrators correct one, after the Government's yearly decision on
 * holidays and swapped days.
 */
@Tag(name = "Lịch nghỉ lễ, Tết",
        description = "Ngày nghỉ và ngày làm việc bù của từng năm, dùng để tính thời hạn theo ngày làm việc.")
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    private final CalendarYears years;

    CalendarController(CalendarYears years) {
        this.years = years;
    }

    @GetMapping("/{year}")
    CalendarYear year(@PathVariable int year) {
        return years.year(year);
    }

    @PutMapping("/{year}")
    @PreAuthorize("hasRole('ADMIN')")
    CalendarYear replace(@PathVariable int year, @RequestBody CalendarYear.Draft draft, Principal caller) {
        return years.replace(year, draft, caller.getName());
    }

}
