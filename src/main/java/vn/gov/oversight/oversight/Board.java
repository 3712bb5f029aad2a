package vn.gov.oversight.oversight;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.OversightApplication;
import vn.gov.oversight.assignment.Assignment;
import vn.gov.oversight.assignment.Assignments;
import vn.gov.oversight.deadline.DeadlineStatus;
import vn.gov.oversight.escalation.Escalation;
import vn.gov.oversight.escalation.Escalations;
import vn.gov.oversight.inspection.Inspections;
import vn.gov.oversight.organization.Directory;

/**
 * The board: for each agency, its assignments by the way officials count them (open, due soon, overdue,
 * done on time, done late), its escalations still before the steering committee and its inspection findings
 * whose remediation is past its deadline. An open assignment
 * is judged against the earlier of its current step's due moment and the task's deadline.
 */
@Service
@Transactional(readOnly = true)
class Board {

    private static final ZoneId ZONE = ZoneId.of(OversightApplication.TIME_ZONE);

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

    /** Assignments by deadline status, escalations before the committee, remediations past their deadline. */
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

    record View(List<Row> agencies, Counts totals, Instant at) {
    }

    /** The board of the agencies that {@code visible} lets the caller see. */
    View of(Predicate<String> visible, Instant now) {
        Map<String, Counts> byAgency = new LinkedHashMap<>();
        for (Assignment assignment : assignments.search(null, null, null)) {
            if (visible.test(assignment.agencyCode())) {
                byAgency.merge(assignment.agencyCode(), count(assignment, now), Counts::plus);
            }
        }
        for (Escalation escalation : escalations.search(null, null, null)) {
            if (escalation.status() != Escalation.Status.CLOSED && visible.test(escalation.agency())) {
                byAgency.merge(escalation.agency(), new Counts(0, 0, 0, 0, 0, 1, 0), Counts::plus);
            }
        }
        inspections.overdueRemediationsByAgency().forEach((agency, count) -> {
            if (visible.test(agency)) {
                byAgency.merge(agency, new Counts(0, 0, 0, 0, 0, 0, count), Counts::plus);
            }
        });
        Map<String, String> names = new LinkedHashMap<>();
        directory.agencies().forEach(agency -> names.put(agency.code(), agency.name()));
        List<Row> rows = byAgency.entrySet().stream()
                .map(entry -> Row.of(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()))
                .sorted(Comparator.comparing(Row::overdue).reversed().thenComparing(Row::name))
                .toList();
        Counts totals = byAgency.values().stream().reduce(Counts.ZERO, Counts::plus);
        return new View(rows, totals, now);
    }

    private Counts count(Assignment assignment, Instant now) {
        if (assignment.outcome() != null) {
            return assignment.outcome() == Assignment.Outcome.DONE_ON_TIME ? new Counts(0, 0, 0, 1, 0, 0, 0)
                    : new Counts(0, 0, 0, 0, 1, 0, 0);
        }
        Instant taskDue = assignment.dueDate().atTime(23, 59, 59).atZone(ZONE).toInstant();
        Instant due = assignment.stageDueAt() != null && assignment.stageDueAt().isBefore(taskDue)
                ? assignment.stageDueAt() : taskDue;
        return switch (deadlines.assess(due, null, now).status()) {
            case OPEN_OVERDUE -> new Counts(1, 0, 1, 0, 0, 0, 0);
            case OPEN_DUE_SOON -> new Counts(1, 1, 0, 0, 0, 0, 0);
            default -> new Counts(1, 0, 0, 0, 0, 0, 0);
        };
    }
}
