package vn.gov.oversight.deadline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.oversight.system.ConflictException;
import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.NotFoundException;

/**
 * The years of the holiday calendar: read, replaced by an administrator, loaded from the shipped file.
 * Transactions are explicit so that the working calendar reloads only after a change is committed; a
 * reload inside the transaction could be read back, by another thread, as the old data.
 */
@Service
class CalendarYears {

    private static final Logger log = LoggerFactory.getLogger(CalendarYears.class);

    private final CalendarStore store;
    private final JdbcHolidayCalendar holidays;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CalendarYears(CalendarStore store, JdbcHolidayCalendar holidays, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.store = store;
        this.holidays = holidays;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    CalendarYear year(int year) {
        return store.year(year).orElseThrow(() -> new NotFoundException("Chưa có lịch nghỉ lễ, Tết của năm " + year));
    }

    /** Replaces a year's days off and swapped working days; the working calendar uses them at once. */
    CalendarYear replace(int year, CalendarYear.Draft draft, String user) {
        List<FieldProblem> problems = CalendarYearRules.check(year, draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CalendarYear.Draft clean = normalised(draft);
        try {
            transactions.executeWithoutResult(status -> {
                if (!store.updateYear(year, clean.source(), clock.instant(), user)) {
                    store.insertYear(year, clean.source(), clock.instant(), user);
                }
                store.replaceDays(year, clean.daysOff(), clean.workingDays());
            });
        } catch (DuplicateKeyException e) {
            throw new ConflictException("year", "Lịch năm " + year + " vừa được cập nhật cùng lúc; hãy tải lại và thử lại");
        }
        holidays.reload();
        log.info("Holiday calendar {} replaced by {}: {} days off, {} working days", year, user,
                clean.daysOff().size(), clean.workingDays().size());
        return year(year);
    }

    /**
     * Loads every year of the shipped file that has no row in {@code calendar_year}; a year already there
     * (loaded before, or corrected by an administrator) is left alone. Returns the years loaded.
     */
    List<Integer> loadShipped(List<HolidayFile.Year> years) {
        List<Integer> loaded = new ArrayList<>();
        for (HolidayFile.Year shipped : years) {
            List<FieldProblem> problems = CalendarYearRules.check(shipped.year(), shipped.draft());
            if (!problems.isEmpty()) {
                throw new IllegalStateException("The shipped holidays of " + shipped.year() + " in "
                        + HolidayFile.LOCATION + " are invalid: " + problems);
            }
            if (store.hasYear(shipped.year())) {
                continue;
            }
            CalendarYear.Draft clean = normalised(shipped.draft());
            try {
                transactions.executeWithoutResult(status -> {
                    // the header first: it is what another instance loading at the same time collides on
                    store.insertYear(shipped.year(), clean.source(), clock.instant(), null);
                    int replaced = store.replaceDays(shipped.year(), clean.daysOff(), clean.workingDays());
                    if (replaced > 0) {
                        log.warn("Holiday calendar {}: {} days entered before the year had a source were replaced "
                                + "by the shipped file", shipped.year(), replaced);
                    }
                });
                loaded.add(shipped.year());
            } catch (DuplicateKeyException e) {
                log.info("Holiday calendar {} loaded meanwhile by another instance", shipped.year());
            }
        }
        if (!loaded.isEmpty()) {
            holidays.reload();
        }
        return loaded;
    }

    private static CalendarYear.Draft normalised(CalendarYear.Draft draft) {
        return new CalendarYear.Draft(draft.source().trim(), trimmed(draft.daysOff()), trimmed(draft.workingDays()));
    }

    private static List<CalendarYear.Entry> trimmed(List<CalendarYear.Entry> entries) {
        return entries == null ? List.of()
                : entries.stream().map(entry -> new CalendarYear.Entry(entry.date(), entry.name().trim())).toList();
    }
}
