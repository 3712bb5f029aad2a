package vn.gov.oversight.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.oversight.system.ConflictException;
import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.NotFoundException;

/**
 * The years of the holiday calendar: read, replaced by an administrator, loaded from the
 * shipped file. Transactions are explicit so that the working calendar reloads only after
 * a change is committed; a reload inside the transaction could be read back, by another
 * thread, as the old data.
 */
@Service
class CalendarYears {

    private static final Logger log = LoggerFactory.getLogger(CalendarYears.class);

    private final CalendarStore store;

    private final JdbcHolidayCalendar holidays;

    private final TransactionTemplate transactions;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    CalendarYears(CalendarStore store, JdbcHolidayCalendar holidays, PlatformTransactionManager transactionManager,
            Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.holidays = holidays;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.events = events;
    }

    CalendarYear year(int year) {
        return store.year(year).orElseThrow(() -> new NotFoundException("Chưa có lịch nghỉ lễ, Tết của năm " + year));
    }

    /**
     * Replaces a year's days off and swapped working days; the working calendar uses them
     * at once.
     */
    CalendarYear replace(int year, CalendarYear.Draft draft, String user) {
        List<FieldProblem> problems = CalendarYearRules.check(year, draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CalendarYear.Draft clean = normalised(draft);
        DaysBefore before;
        try {
            before = transactions.execute(status -> {
                if (!store.updateYear(year, clean.source(), clock.instant(), user)) {
                    store.insertYear(year, clean.source(), clock.instant(), user, null);
                }
                // read under the header's row lock, before this correction replaces them
                DaysBefore days = daysBefore(year);
                store.replaceDays(year, clean.daysOff(), clean.workingDays());
                return days;
            });
        }
        catch (DuplicateKeyException e) {
            throw new ConflictException("year",
                    "Lịch năm " + year + " vừa được cập nhật cùng lúc; hãy tải lại và thử lại");
        }
        holidays.reload();
        log.info("Holiday calendar {} replaced by {}: {} days off, {} working days", year, user, clean.daysOff().size(),
                clean.workingDays().size());
        corrected(Map.of(year, before));
        return year(year);
    }

    /**
     * Loads every year of the shipped file that has no row in {@code calendar_year}, and
     * replaces a year loaded from an earlier version of the file when the file's content
     * for it has changed (a correction shipped with a new release). A year an
     * administrator corrected ({@code updated_by} set) is left alone. Returns the years
     * loaded or replaced; the working calendar counts with them at once and
     * {@link HolidaysCorrected} tells the modules whose deadlines were counted with the
     * old days.
     */
    List<Integer> loadShipped(List<HolidayFile.Year> years) {
        Map<Integer, DaysBefore> changed = new LinkedHashMap<>();
        for (HolidayFile.Year shipped : years) {
            List<FieldProblem> problems = CalendarYearRules.check(shipped.year(), shipped.draft());
            if (!problems.isEmpty()) {
                throw new IllegalStateException("The shipped holidays of " + shipped.year() + " in "
                        + HolidayFile.LOCATION + " are invalid: " + problems);
            }
            CalendarYear.Draft clean = normalised(shipped.draft());
            Optional<CalendarStore.Origin> origin = store.origin(shipped.year());
            try {
                Optional<DaysBefore> before = origin.isEmpty() ? Optional.of(loadNew(shipped.year(), clean))
                        : replaceIfShippedAndChanged(shipped.year(), clean, origin.get());
                before.ifPresent(days -> changed.put(shipped.year(), days));
            }
            catch (DuplicateKeyException e) {
                log.info("Holiday calendar {} loaded meanwhile by another instance", shipped.year());
            }
        }
        if (!changed.isEmpty()) {
            holidays.reload();
            corrected(changed);
        }
        return List.copyOf(changed.keySet());
    }

    private DaysBefore loadNew(int year, CalendarYear.Draft clean) {
        return transactions.execute(status -> {
            // the header first: it is what another instance loading at the same time
            // collides on
            store.insertYear(year, clean.source(), clock.instant(), null, clean.fingerprint());
            DaysBefore before = daysBefore(year);
            int replaced = store.replaceDays(year, clean.daysOff(), clean.workingDays());
            if (replaced > 0) {
                log.warn("Holiday calendar {}: {} days entered before the year had a source were replaced "
                        + "by the shipped file", year, replaced);
            }
            return before;
        });
    }

    /** The days the year had before, when it was replaced; empty when it is kept. */
    private Optional<DaysBefore> replaceIfShippedAndChanged(int year, CalendarYear.Draft clean,
            CalendarStore.Origin origin) {
        String fingerprint = clean.fingerprint();
        if (origin.updatedBy() != null || fingerprint.equals(origin.shippedFingerprint())) {
            return Optional.empty();
        }
        if (origin.shippedFingerprint() == null && store.year(year)
            .map(stored -> normalised(stored.draft()).fingerprint())
            .orElse("")
            .equals(fingerprint)) {
            // loaded before fingerprints existed and still as shipped: only remember what
            // it is
            store.adoptFingerprint(year, fingerprint);
            return Optional.empty();
        }
        Optional<DaysBefore> before = transactions.execute(status -> {
            if (!store.replaceShippedYear(year, clean.source(), clock.instant(), origin.shippedFingerprint(),
                    fingerprint)) {
                return Optional.<DaysBefore>empty();
            }
            DaysBefore days = daysBefore(year);
            store.replaceDays(year, clean.daysOff(), clean.workingDays());
            return Optional.of(days);
        });
        if (before.isPresent()) {
            log.info("Holiday calendar {} replaced by the corrected shipped file", year);
        }
        else {
            log.info("Holiday calendar {} changed meanwhile by another instance or an administrator: kept", year);
        }
        return before;
    }

    private record DaysBefore(List<CalendarYear.Entry> daysOff, List<CalendarYear.Entry> workingDays) {
    }

    private DaysBefore daysBefore(int year) {
        return new DaysBefore(store.days(year, CalendarStore.DAY_OFF), store.days(year, CalendarStore.WORKING_DAY));
    }

    /**
     * Tells the modules, after the commit and the reload, which years now count
     * differently and how they counted.
     */
    private void corrected(Map<Integer, DaysBefore> changed) {
        events.publishEvent(new HolidaysCorrected(changed.keySet(),
                dates(changed.values().stream().flatMap(days -> days.daysOff().stream())),
                dates(changed.values().stream().flatMap(days -> days.workingDays().stream()))));
    }

    private static Set<LocalDate> dates(Stream<CalendarYear.Entry> entries) {
        return entries.map(CalendarYear.Entry::date).collect(Collectors.toSet());
    }

    private static CalendarYear.Draft normalised(CalendarYear.Draft draft) {
        return new CalendarYear.Draft(draft.source().trim(), trimmed(draft.daysOff()), trimmed(draft.workingDays()));
    }

    private static List<CalendarYear.Entry> trimmed(List<CalendarYear.Entry> entries) {
        return entries == null ? List.of()
                : entries.stream().map(entry -> new CalendarYear.Entry(entry.date(), entry.name().trim())).toList();
    }

}
