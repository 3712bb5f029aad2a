package vn.gov.oversight.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import vn.gov.oversight.deadline.DeadlineStatus.Assessment;
import vn.gov.oversight.deadline.DeadlineStatus.Status;

class DeadlineStatusTest {

    /** Due at the end of Wednesday 25/2/2026, the third working day after Tết 2026. */
    static final Instant DUE = vietnam("2026-02-25T23:59:59");

    static Instant vietnam(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ShippedHolidays.VIETNAM).toInstant();
    }

    final Clock clock = Clock.fixed(vietnam("2026-02-13T10:00"), ShippedHolidays.VIETNAM);

    final DeadlineStatus statuses = new DeadlineStatus(ShippedHolidays.workingCalendar(clock),
            new DeadlineStatusProperties("P3D", null, null), clock);

    @Test
    void doneBeforeTheEndOfTheDueDayIsOnTime() {
        Assessment assessment = statuses.assess(DUE, vietnam("2026-02-25T16:45"));

        assertThat(assessment).isEqualTo(new Assessment(Status.DONE_ON_TIME, 0, "Hoàn thành đúng hạn", "green"));
    }

    @Test
    void doneAfterTheDueDayIsLateByTheCalendarDaysPastIt() {
        Assessment assessment = statuses.assess(DUE, vietnam("2026-02-27T09:00"), vietnam("2026-03-02T08:00"));

        assertThat(assessment).isEqualTo(new Assessment(Status.DONE_LATE, 2, "Hoàn thành quá hạn", "orange"));
    }

    @Test
    void openBeyondTheDueSoonWindowIsWithinTheDeadline() {
        // three working days from Friday 13/2/2026 run to Wednesday 25/2 (Tết in between)
        Assessment assessment = statuses.assess(vietnam("2026-02-26T23:59:59"), null);

        assertThat(assessment)
            .isEqualTo(new Assessment(Status.OPEN_WITHIN_DEADLINE, 0, "Chưa hoàn thành – trong hạn", "green"));
    }

    @Test
    void openWithinThreeWorkingDaysIsDueSoonThoughTwelveCalendarDaysAway() {
        Assessment assessment = statuses.assess(DUE, null);

        assertThat(assessment).isEqualTo(new Assessment(Status.OPEN_DUE_SOON, 0, "Sắp đến hạn", "orange"));
    }

    @Test
    void openAfterTheDueMomentIsOverdueByTheCalendarDaysPastTheDueDate() {
        Assessment assessment = statuses.assess(DUE, null, vietnam("2026-03-02T08:00"));

        assertThat(assessment).isEqualTo(new Assessment(Status.OPEN_OVERDUE, 5, "Chưa hoàn thành – quá hạn", "red"));
    }

    @Test
    void aTimeBasedDeadlinePassedEarlierTheSameDayIsOverdueByZeroDays() {
        Assessment assessment = statuses.assess(vietnam("2026-03-02T10:00"), null, vietnam("2026-03-02T10:05"));

        assertThat(assessment.status()).isEqualTo(Status.OPEN_OVERDUE);
        assertThat(assessment.daysOverdue()).isZero();
    }

    @Test
    void theLastSecondOfTheDueDayIsStillOnTime() {
        assertThat(statuses.assess(DUE, DUE).status()).isEqualTo(Status.DONE_ON_TIME);
        assertThat(statuses.assess(DUE, null, DUE).status()).isEqualTo(Status.OPEN_DUE_SOON);
    }

    @Test
    void labelsAndColoursAreConfigurable() {
        Map<String, String> properties = Map.of("oversight.deadlines.due-soon-within", "P1D",
                "oversight.deadlines.colours.open-overdue", "#c62828", "oversight.deadlines.labels.open-due-soon",
                "Sắp hết hạn");
        DeadlineStatusProperties bound = new Binder(new MapConfigurationPropertySource(properties))
            .bindOrCreate("oversight.deadlines", DeadlineStatusProperties.class);
        DeadlineStatus configured = new DeadlineStatus(ShippedHolidays.workingCalendar(clock), bound, clock);

        assertThat(configured.colour(Status.OPEN_OVERDUE)).isEqualTo("#c62828");
        assertThat(configured.colour(Status.DONE_LATE)).isEqualTo("orange");
        // one working day from Friday 13/2/2026 is Monday 23/2: the 25th is not yet due
        // soon
        assertThat(configured.assess(DUE, null).status()).isEqualTo(Status.OPEN_WITHIN_DEADLINE);
        assertThat(configured.assess(vietnam("2026-02-23T23:59:59"), null))
            .isEqualTo(new Assessment(Status.OPEN_DUE_SOON, 0, "Sắp hết hạn", "orange"));
    }

    @Test
    void theDueSoonWindowDefaultsToThreeWorkingDays() {
        DeadlineStatusProperties bound = new Binder(new MapConfigurationPropertySource(Map.of("other", "x")))
            .bindOrCreate("oversight.deadlines", DeadlineStatusProperties.class);

        assertThat(bound.dueSoonWithin()).isEqualTo("P3D");
    }

    @Test
    void aMalformedWindowStopsTheStart() {
        assertThatThrownBy(() -> new DeadlineStatus(ShippedHolidays.workingCalendar(clock),
                new DeadlineStatusProperties("3 ngày", null, null), clock))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("due-soon-within");
    }

}
