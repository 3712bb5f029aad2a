package vn.gov.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.mockito.invocation.Invocation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.oversight.assignment.Assignment;
import vn.gov.oversight.assignment.AssignmentCompleted;
import vn.gov.oversight.assignment.AssignmentStage;
import vn.gov.oversight.assignment.Assignments;
import vn.gov.oversight.organization.AgencyNames;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.plan.PlanDraft.TaskDraft;
import vn.gov.oversight.support.ModuleTest;

/**
 * The plan module alone: when it hears that an assignment of a yearly task is done, it
 * starts the next round, due a year later; a task due once has none.
 */
@ModuleTest
class PlanModuleTests {

    @MockitoBean
    Assignments assignments;

    @MockitoBean
    Directory directory;

    @MockitoBean
    AgencyNames names;

    @Autowired
    PlanStore plans;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aYearlyTaskDoneStartsItsNextRoundAndATaskDueOnceDoesNot(Scenario scenario) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 6) + "/KH-UBND";
        LocalDate due = LocalDate.of(2026, 12, 31);
        long planId = transactions.execute(status -> plans.insert(
                new PlanDraft(code, "Kế hoạch thử", "UBND tỉnh", LocalDate.of(2026, 1, 5), "Chương trình giảm nghèo",
                        List.of(new TaskDraft("1", "Rà soát hộ nghèo hằng năm", "I", List.of("ubnd-xa-a"), List.of(),
                                due, Recurrence.YEARLY, "Báo cáo"),
                                new TaskDraft("2", "Ban hành kế hoạch", "I", List.of("ubnd-xa-a"), List.of(), due,
                                        Recurrence.ONCE, "Kế hoạch"))),
                "canbo.so-nn-mt"));
        Assignment yearly = assignment(1, planId, code, "1", due);
        Assignment once = assignment(2, planId, code, "2", due);
        when(assignments.details(1)).thenReturn(Optional.of(new Assignment.Details(yearly, List.of())));
        when(assignments.details(2)).thenReturn(Optional.of(new Assignment.Details(once, List.of())));
        when(assignments.ofPlan(planId)).thenReturn(List.of(yearly, once));

        Assignment next = assignment(3, planId, code, "1", due.plusYears(1));
        when(assignments.startNextRound(eq(yearly), eq(due.plusYears(1)), anyBoolean())).thenReturn(next);

        scenario.publish(new AssignmentCompleted(1))
            .andWaitForStateChange(() -> startedRounds().size() == 1, started -> started)
            .andVerify(started -> verify(assignments).startNextRound(eq(yearly), eq(due.plusYears(1)), anyBoolean()));
        scenario.publish(new AssignmentCompleted(2))
            .andWaitForStateChange(() -> true)
            .andVerify(done -> verify(assignments, never()).startNextRound(eq(once), any(), anyBoolean()));
        assertThat(startedRounds()).hasSize(1);
        assertThat(plans.plan(planId)).isPresent();
    }

    List<Invocation> startedRounds() {
        return Mockito.mockingDetails(assignments)
            .getInvocations()
            .stream()
            .filter(invocation -> invocation.getMethod().getName().equals("startNextRound"))
            .toList();
    }

    static Assignment assignment(long id, long planId, String planCode, String taskCode, LocalDate due) {
        return new Assignment(id, planId, planCode, taskCode, "Nhiệm vụ " + taskCode, "I", "ubnd-xa-a", List.of(),
                planCode + "/" + taskCode + "/ubnd-xa-a", "instance-" + id, AssignmentStage.DONE, "Hoàn thành", null,
                due, null, null, null, null, due, Assignment.Outcome.DONE_ON_TIME, 1, null, null, false);
    }

}
