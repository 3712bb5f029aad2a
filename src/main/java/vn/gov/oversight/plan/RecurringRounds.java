package vn.gov.oversight.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.assignment.Assignment;
import vn.gov.oversight.assignment.AssignmentCompleted;
import vn.gov.oversight.assignment.Assignments;

/**
 * The rounds of yearly ("Hằng năm") and ongoing ("Thường xuyên") tasks: the next round,
 * due a year after the previous one, starts when the previous one is done, or when its
 * year begins while the previous one is still open (checked every night,
 * {@code oversight.plans.rounds.cron}). No round is due after
 * {@code oversight.plans.rounds.last-year} (the plans' horizon, 2030 for Plan 151); a
 * cancelled task has none.
 */
@Component
@Transactional
class RecurringRounds {

    private static final Logger log = LoggerFactory.getLogger(RecurringRounds.class);

    private final Assignments assignments;

    private final AmendmentStore store;

    private final PlanStore plans;

    private final Clock clock;

    private final int lastYear;

    RecurringRounds(Assignments assignments, AmendmentStore store, PlanStore plans, Clock clock,
            @Value("${oversight.plans.rounds.last-year:2030}") int lastYear) {
        this.assignments = assignments;
        this.store = store;
        this.plans = plans;
        this.clock = clock;
        this.lastYear = lastYear;
    }

    @EventListener
    void on(AssignmentCompleted completed) {
        assignments.details(completed.assignmentId()).map(Assignment.Details::assignment).ifPresent(this::nextRound);
    }

    @Scheduled(cron = "${oversight.plans.rounds.cron:0 20 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    void nightly() {
        startRoundsDue(LocalDate.now(clock), null);
    }

    /**
     * Starts the rounds whose year has begun by {@code today} while the previous round is
     * still open, of every plan or of plan {@code planId}.
     */
    int startRoundsDue(LocalDate today, Long planId) {
        int started = 0;
        for (Plan plan : plans.plans()) {
            if (planId != null && plan.id() != planId) {
                continue;
            }
            Map<String, Optional<Assignment>> latest = assignments.ofPlan(plan.id())
                .stream()
                .collect(Collectors.groupingBy(RecurringRounds::series,
                        Collectors.maxBy(Comparator.comparingInt(Assignment::round))));
            for (Optional<Assignment> last : latest.values()) {
                Assignment previous = last.orElseThrow();
                while (previous != null && previous.isOpen() && previous.dueDate().getYear() < today.getYear()) {
                    previous = nextRound(previous).orElse(null);
                    started += previous == null ? 0 : 1;
                }
            }
        }
        if (started > 0) {
            log.info("{} rounds of yearly and ongoing tasks started on {}", started, today);
        }
        return started;
    }

    /** One lead agency's rounds of one task share the first round's business key. */
    private static String series(Assignment assignment) {
        String key = assignment.businessKey();
        return key.contains("#") ? key.substring(0, key.lastIndexOf('#')) : key;
    }

    private Optional<Assignment> nextRound(Assignment previous) {
        Optional<AmendmentStore.TaskRow> task = store.task(previous.planId(), previous.taskCode());
        if (task.isEmpty() || task.get().isCancelled() || task.get().recurrence() == Recurrence.ONCE) {
            return Optional.empty();
        }
        LocalDate due = previous.dueDate().plusYears(1);
        boolean exists = assignments.ofPlan(previous.planId())
            .stream()
            .anyMatch(other -> series(other).equals(series(previous)) && other.round() > previous.round());
        if (exists || due.getYear() > lastYear) {
            return Optional.empty();
        }
        Assignment next = assignments.startNextRound(previous, due, store.reviewsLocalPlans(previous.planId()));
        log.info("Round {} of task {} of {} for {} started, due {}", next.round(), next.taskCode(), next.planCode(),
                next.agencyCode(), due);
        return Optional.of(next);
    }

}
