package vn.gov.oversight.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.gov.oversight.assignment.TaskAssignmentProcess.Elements;
import vn.gov.oversight.deadline.WorkingCalendar;
import vn.gov.oversight.escalation.Escalation;
import vn.gov.oversight.escalation.EscalationDecided;
import vn.gov.oversight.escalation.Escalations;
import vn.gov.oversight.escalation.Rung;
import vn.gov.oversight.escalation.StepDeadlines;
import vn.gov.oversight.escalation.StepRungFired;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.support.ModuleTest;

/**
 * The assignment module alone: an assignment started is told to the others; the ladder's
 * rungs and the committee's decisions it hears become lines of the assignment's history,
 * and an extension of the carrying-out step moves the task's deadline.
 */
@ModuleTest
class AssignmentModuleTests {

    @MockitoBean
    Directory directory;

    @MockitoBean
    Escalations escalations;

    @MockitoBean
    StepDeadlines steps;

    @MockitoBean
    WorkingCalendar calendar;

    @Autowired
    RuntimeService runtime;

    @Autowired
    Assignments assignments;

    String agency;

    @BeforeEach
    void setUp() {
        agency = "ubnd-xa-" + UUID.randomUUID().toString().substring(0, 6);
        when(runtime.createProcessInstanceByKey(TaskAssignmentProcess.KEY)
            .businessKey(anyString())
            .setVariables(anyMap())
            .execute()
            .getId()).thenReturn("instance-" + agency);
    }

    @Test
    void anAssignmentStartedIsTold(Scenario scenario) {
        scenario.stimulate(this::start)
            .andWaitForEventOfType(AssignmentStarted.class)
            .matching(started -> started.agencyCode().equals(agency))
            .toArriveAndVerify((started, assignment) -> {
                assertThat(started.assignmentId()).isEqualTo(assignment.id());
                assertThat(assignment.businessKey()).isEqualTo("151/KH-UBND/1.1/" + agency);
            });
    }

    @Test
    void theLadderAndTheCommitteesDecisionsBecomeTheAssignmentsHistory(Scenario scenario) {
        Assignment assignment = start();
        LocalDate extended = LocalDate.of(2027, 3, 31);

        scenario
            .publish(new StepRungFired("ASSIGNMENT", assignment.id(), Elements.TASK_CARRY_OUT_TASK, Rung.OVERDUE,
                    agency, Instant.parse("2026-12-01T16:59:59Z"), Instant.now(), null))
            .andWaitForStateChange(() -> kinds(assignment.id()), kinds -> kinds.contains("OVERDUE_NOTICE"))
            .andVerify(kinds -> assertThat(kinds).containsOnlyOnce("OVERDUE_NOTICE"));
        scenario
            .publish(new EscalationDecided(41, "ASSIGNMENT", assignment.id(), Elements.TASK_CARRY_OUT_TASK,
                    Escalation.Decision.EXTEND, null, extended, "truongban.bcd", Instant.now()))
            .andWaitForStateChange(() -> kinds(assignment.id()), kinds -> kinds.contains("ESCALATION_EXTEND"))
            .andVerify(kinds -> assertThat(assignments.details(assignment.id()).orElseThrow().assignment().dueDate())
                .isEqualTo(extended));
        // another module's subject is not this module's business
        scenario
            .publish(new StepRungFired("REPORT", assignment.id(), "Task_PrepareReport", Rung.REMINDER, agency,
                    Instant.now(), Instant.now(), null))
            .andWaitForStateChange(() -> kinds(assignment.id()))
            .andVerify(kinds -> assertThat(kinds).doesNotContain("REMINDER_SENT"));
    }

    Assignment start() {
        return assignments.start(new AssignmentRequest(1, "151/KH-UBND", "1.1", "Rà soát hộ nghèo, hộ cận nghèo", "I",
                agency, List.of(), LocalDate.of(2026, 12, 31)));
    }

    List<String> kinds(long id) {
        return assignments.details(id).orElseThrow().events().stream().map(Assignment.Event::kind).toList();
    }

}
