package vn.gov.oversight.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.oversight.deadline.WorkingCalendar;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.support.ModuleTest;

/**
 * The escalation module alone: each rung of a step's occurrence is told to the others
 * once, the third raises one escalation before the committee however often its timer
 * runs, and the committee's decision is told to the others.
 */
@ModuleTest
class EscalationModuleTests {

    @MockitoBean
    Directory directory;

    @MockitoBean
    WorkingCalendar calendar;

    @Autowired
    RuntimeService runtime;

    @Autowired
    Escalations escalations;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    LadderSubject subject;

    Instant due;

    @BeforeEach
    void setUp() {
        String agency = "ubnd-xa-" + UUID.randomUUID().toString().substring(0, 6);
        subject = new LadderSubject("ASSIGNMENT", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L),
                "Task_Acknowledge", agency, "151/KH-UBND", "Rà soát hộ nghèo cuối năm", "Chờ tiếp nhận");
        due = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        when(runtime.createProcessInstanceByKey(EscalationReviewProcess.KEY)
            .businessKey(anyString())
            .setVariables(anyMap())
            .execute()
            .getId()).thenReturn("review-" + agency);
    }

    @Test
    void aReminderIsToldOnceHoweverOftenItsTimerRuns(PublishedEvents events) {
        fire(Rung.REMINDER);
        // the timer again (a retry, another node): recorded once, told once
        fire(Rung.REMINDER);

        assertThat(events.ofType(StepRungFired.class).matching(fired -> fired.subjectId() == subject.id()))
            .singleElement()
            .satisfies(fired -> {
                assertThat(fired.rung()).isEqualTo(Rung.REMINDER);
                assertThat(fired.agencyCode()).isEqualTo(subject.agencyCode());
                assertThat(fired.dueAt()).isEqualTo(due);
                assertThat(fired.escalationId()).isNull();
            });
        assertThat(jdbc.queryForObject("select count(*) from ladder_rung where agency_code = ?", Long.class,
                subject.agencyCode()))
            .isEqualTo(1);
    }

    @Test
    void theThirdRungRaisesOneEscalationBeforeTheCommitteeAndTheDecisionIsToldToTheOthers(Scenario scenario) {
        scenario.stimulate(() -> fire(Rung.ESCALATION))
            .andWaitForEventOfType(StepRungFired.class)
            .matching(fired -> fired.subjectId() == subject.id())
            .toArriveAndVerify(fired -> assertThat(fired.escalationId()).isNotNull());
        long id = escalatedId();
        Escalation escalation = escalations.find(id).orElseThrow();
        assertThat(escalation.agency()).isEqualTo(subject.agencyCode());
        assertThat(escalation.status()).isEqualTo(Escalation.Status.OPEN);
        assertThat(escalation.reviewProcessInstanceId()).isEqualTo("review-" + subject.agencyCode());

        // the timer again (a retry, another node): nothing new
        transactions.executeWithoutResult(status -> escalations.fire(subject, due, Rung.ESCALATION, "instance-1"));
        assertThat(jdbc.queryForObject("select count(*) from escalation where agency_code = ?", Long.class,
                subject.agencyCode()))
            .isEqualTo(1);

        scenario
            .stimulate(() -> transactions
                .executeWithoutResult(status -> escalations.close(id, "Đã hoàn thành sau khi nhắc", "truongban.bcd")))
            .andWaitForEventOfType(EscalationDecided.class)
            .matching(decided -> decided.escalationId() == id)
            .toArriveAndVerify(decided -> {
                assertThat(decided.decision()).isEqualTo(Escalation.Decision.CLOSE);
                assertThat(decided.subjectId()).isEqualTo(subject.id());
                assertThat(decided.decidedBy()).isEqualTo("truongban.bcd");
            });
        assertThat(escalations.find(id).orElseThrow().status()).isEqualTo(Escalation.Status.CLOSED);
    }

    void fire(Rung rung) {
        transactions.executeWithoutResult(status -> escalations.fire(subject, due, rung, "instance-1"));
    }

    long escalatedId() {
        return jdbc.queryForObject("select id from escalation where agency_code = ?", Long.class, subject.agencyCode());
    }

}
