package vn.gov.oversight.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.assignment.Assignment;
import vn.gov.oversight.assignment.AssignmentStage;
import vn.gov.oversight.assignment.Assignments;
import vn.gov.oversight.deadline.DeadlineStatus;
import vn.gov.oversight.escalation.Escalation;
import vn.gov.oversight.escalation.Escalations;
import vn.gov.oversight.inspection.Inspections;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.system.PeopleDates;

/**
 * The board: for each agency, its assignments by the way officials count them (open, due
 * soon, overdue, done on time, done late), its escalations still before the steering
 * committee and its inspection findings whose remediation is past its deadline; and the
 * list behind each number of assignments. An open assignment is judged against the
 * earlier of its current step's due moment and the task's deadline.
 */
@Service
@Transactional(readOnly = true)
class Board {

    /** The statuses a number of the board counts; each names the list behind it. */
    enum Count {

        OPEN("Chưa hoàn thành"), DUE_SOON("Sắp đến hạn"), OVERDUE("Quá hạn"), DONE_ON_TIME("Hoàn thành đúng hạn"),
        DONE_LATE("Hoàn thành quá hạn");

        private final String label;

        Count(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        boolean includes(DeadlineStatus.Status status) {
            return switch (this) {
                case OPEN -> !status.isDone();
                case DUE_SOON -> status == DeadlineStatus.Status.OPEN_DUE_SOON;
                case OVERDUE -> status == DeadlineStatus.Status.OPEN_OVERDUE;
                case DONE_ON_TIME -> status == DeadlineStatus.Status.DONE_ON_TIME;
                case DONE_LATE -> status == DeadlineStatus.Status.DONE_LATE;
            };
        }

    }

    private final Assignments assignments;

    private final Escalations escalations;

    private final Directory directory;

    private final DeadlineStatus deadlines;

    private final Inspections inspections;

    Board(Assignments assignments, Escalations escalations, Directory directory, DeadlineStatus deadlines,
            Inspections inspections) {
        this.inspections = inspections;
        this.assignments = assignments;
        this.escalations = escalations;
        this.directory = directory;
        this.deadlines = deadlines;
    }

    /**
     * Assignments by deadline status, escalations before the committee, remediations past
     * their deadline.
     */
    record Counts(long open, long dueSoon, long overdue, long doneOnTime, long doneLate, long escalated,
            long overdueRemediations) {

        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(open + other.open, dueSoon + other.dueSoon, overdue + other.overdue,
                    doneOnTime + other.doneOnTime, doneLate + other.doneLate, escalated + other.escalated,
                    overdueRemediations + other.overdueRemediations);
        }
    }

    record Row(String agency, String name, long open, long dueSoon, long overdue, long doneOnTime, long doneLate,
            long escalated, long overdueRemediations) {

        static Row of(String agency, String name, Counts counts) {
            return new Row(agency, name, counts.open(), counts.dueSoon(), counts.overdue(), counts.doneOnTime(),
                    counts.doneLate(), counts.escalated(), counts.overdueRemediations());
        }
    }

    /**
     * The board; {@code plans}, {@code groups} and {@code periods} are what the caller
     * may filter by.
     */
    record View(List<Row> agencies, Counts totals, Instant at, BoardFilter filter, List<String> plans,
            List<String> groups, List<String> periods) {
    }

    /**
     * One assignment behind a number of the board: its deadline as the board judged it
     * ({@code dueAt}, the earlier of the current step's and the task's).
     */
    record Item(long id, String planCode, String taskCode, String taskTitle, String taskGroup, String agency,
            String agencyName, String stageLabel, LocalDate dueDate, Instant dueAt, DeadlineStatus.Status status,
            String statusLabel, String colour, long daysOverdue, LocalDate completedOn, String processInstanceId) {
    }

    /**
     * The board of the agencies that {@code visible} lets the caller see, from aggregates
     * in the database (one row per agency, plan, task group and month of deadline; the
     * escalations by agency), not from every assignment: it stays quick with a province's
     * full history (#15).
     */
    View of(Predicate<String> visible, BoardFilter filter, Instant now) {
        DeadlineStatus.Judge judge = deadlines.at(now);
        Map<String, Counts> byAgency = new LinkedHashMap<>();
        Set<String> plans = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        Set<String> periods = new TreeSet<>(Comparator.reverseOrder());
        for (Assignments.Tally tally : assignments.tally(now, lastDayBefore(now), judge.dueSoonUntil(),
                lastDayNotAfter(judge.dueSoonUntil()))) {
            if (!visible.test(tally.agency())) {
                continue;
            }
            plans.add(tally.planCode());
            LocalDate month = LocalDate.of(tally.dueYear(), tally.dueMonth(), 1);
            if (filter.plan() == null || filter.plan().equals(tally.planCode())) {
                if (!tally.taskGroup().isEmpty()) {
                    groups.add(tally.taskGroup());
                }
                periods.add(String.valueOf(tally.dueYear()));
                periods.add(tally.dueYear() + "-Q" + BoardFilter.quarterOf(month));
            }
            if (filter.matches(tally.planCode(), tally.taskGroup(), month)) {
                byAgency.merge(tally.agency(), new Counts(tally.open(), tally.dueSoon(), tally.overdue(),
                        tally.doneOnTime(), tally.doneLate(), 0, 0), Counts::plus);
            }
        }
        if (filter.byPlanOnly()) {
            escalations.unclosedByAgency(filter.plan()).forEach((agency, count) -> {
                if (visible.test(agency)) {
                    byAgency.merge(agency, new Counts(0, 0, 0, 0, 0, count, 0), Counts::plus);
                }
            });
        }
        else {
            // narrowed by group or period: the escalations of the assignments counted
            LocalDate[] days = filter.dueDays();
            Map<Long, String> counted = assignments.counted(filter.plan(), filter.group(), days[0], days[1]);
            for (Escalation escalation : escalations.search(null, null, filter.plan())) {
                if (escalation.status() != Escalation.Status.CLOSED && visible.test(escalation.agency())
                        && "ASSIGNMENT".equals(escalation.subjectType()) && counted.containsKey(escalation.subjectId())
                        && visible.test(counted.get(escalation.subjectId()))) {
                    byAgency.merge(escalation.agency(), new Counts(0, 0, 0, 0, 0, 1, 0), Counts::plus);
                }
            }
        }
        if (filter.byPlanOnly() && filter.plan() == null) {
            // remediations belong to no plan, group or period: they count on the
            // unfiltered board
            inspections.overdueRemediationsByAgency().forEach((agency, count) -> {
                if (visible.test(agency)) {
                    byAgency.merge(agency, new Counts(0, 0, 0, 0, 0, 0, count), Counts::plus);
                }
            });
        }
        Map<String, String> names = agencyNames();
        List<Row> rows = byAgency.entrySet()
            .stream()
            .map(entry -> Row.of(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()))
            .sorted(Comparator.comparing(Row::overdue).reversed().thenComparing(Row::name))
            .toList();
        Counts totals = byAgency.values().stream().reduce(Counts.ZERO, Counts::plus);
        return new View(rows, totals, now, filter, List.copyOf(plans), List.copyOf(groups), List.copyOf(periods));
    }

    /** A task's deadline: the end of its due day, in Vietnam. */
    private static Instant endOf(LocalDate day) {
        return day.atTime(23, 59, 59).atZone(PeopleDates.VIETNAM).toInstant();
    }

    /**
     * The last day whose end is before {@code moment}: a task due on it or earlier is
     * overdue at that moment.
     */
    private static LocalDate lastDayBefore(Instant moment) {
        LocalDate day = LocalDate.ofInstant(moment, PeopleDates.VIETNAM);
        return endOf(day).isBefore(moment) ? day : day.minusDays(1);
    }

    /** The last day whose end is not after {@code moment}. */
    private static LocalDate lastDayNotAfter(Instant moment) {
        LocalDate day = LocalDate.ofInstant(moment, PeopleDates.VIETNAM);
        return endOf(day).isAfter(moment) ? day.minusDays(1) : day;
    }

    /**
     * The assignments behind a number: those of {@code agency} (all visible ones when
     * null) that {@code count} includes (all when null), the overdue first (most days
     * first), then by deadline.
     */
    List<Item> items(Predicate<String> visible, BoardFilter filter, String agency, Count count, Instant now) {
        DeadlineStatus.Judge judge = deadlines.at(now);
        Map<String, String> names = agencyNames();
        return assignments.search(filter.plan(), agency, null)
            .stream()
            .filter(assignment -> visible.test(assignment.agencyCode()) && counts(assignment)
                    && filter.matches(assignment))
            .map(assignment -> item(assignment, status(assignment, judge), names))
            .filter(item -> count == null || count.includes(item.status()))
            .sorted(Comparator.comparing((Item item) -> item.status().isDone())
                .thenComparing(Comparator.comparingLong(Item::daysOverdue).reversed())
                .thenComparing(Item::dueAt)
                .thenComparing(Item::taskCode))
            .toList();
    }

    /**
     * An assignment handed on to several successors is theirs now, one cancelled by an
     * amendment of the plan is no longer asked for: the board counts either nowhere.
     */
    private static boolean counts(Assignment assignment) {
        return assignment.stage() != AssignmentStage.TRANSFERRED && !assignment.isCancelled();
    }

    private Map<String, String> agencyNames() {
        Map<String, String> names = new LinkedHashMap<>();
        directory.agencies().forEach(agency -> names.put(agency.code(), agency.name()));
        return names;
    }

    private static Item item(Assignment assignment, Judged judged, Map<String, String> names) {
        return new Item(assignment.id(), assignment.planCode(), assignment.taskCode(), assignment.taskTitle(),
                assignment.taskGroup(), assignment.agencyCode(),
                names.getOrDefault(assignment.agencyCode(), assignment.agencyCode()), assignment.stageLabel(),
                assignment.dueDate(), judged.dueAt(), judged.assessment().status(), judged.assessment().label(),
                judged.assessment().colour(), judged.assessment().daysOverdue(), assignment.completedOn(),
                assignment.processInstanceId());
    }

    private record Judged(Instant dueAt, DeadlineStatus.Assessment assessment) {

        DeadlineStatus.Status status() {
            return assessment.status();
        }
    }

    private static Judged status(Assignment assignment, DeadlineStatus.Judge judge) {
        Instant taskDue = endOf(assignment.dueDate());
        if (assignment.outcome() != null) {
            DeadlineStatus.Assessment assessed = judge.assess(taskDue, assignment.completedOn() == null ? taskDue
                    : assignment.completedOn().atStartOfDay(PeopleDates.VIETNAM).toInstant());
            // the coordinator's confirmation decided the outcome; the assessment only
            // counts the days
            DeadlineStatus.Status outcome = assignment.outcome() == Assignment.Outcome.DONE_ON_TIME
                    ? DeadlineStatus.Status.DONE_ON_TIME : DeadlineStatus.Status.DONE_LATE;
            return new Judged(taskDue,
                    new DeadlineStatus.Assessment(outcome,
                            outcome == DeadlineStatus.Status.DONE_LATE ? assessed.daysOverdue() : 0,
                            judge.label(outcome), judge.colour(outcome)));
        }
        Instant due = assignment.stageDueAt() != null && assignment.stageDueAt().isBefore(taskDue)
                ? assignment.stageDueAt() : taskDue;
        return new Judged(due, judge.assess(due, null));
    }

    private static Counts count(DeadlineStatus.Status status) {
        return switch (status) {
            case DONE_ON_TIME -> new Counts(0, 0, 0, 1, 0, 0, 0);
            case DONE_LATE -> new Counts(0, 0, 0, 0, 1, 0, 0);
            case OPEN_OVERDUE -> new Counts(1, 0, 1, 0, 0, 0, 0);
            case OPEN_DUE_SOON -> new Counts(1, 1, 0, 0, 0, 0, 0);
            case OPEN_WITHIN_DEADLINE -> new Counts(1, 0, 0, 0, 0, 0, 0);
        };
    }

}
