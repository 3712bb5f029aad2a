package vn.gov.oversight.escalation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For tests of other modules: fires a step's ladder long after its due date, as its
 * timers would.
 */
public final class EscalationTestSupport {

    private EscalationTestSupport() {
    }

    /** Moves a waiting step's due moment, as the steering committee's extension does. */
    public static int moveStep(ApplicationContext context, String processInstanceId, String stepKey, Date due) {
        return context.getBean(StepDeadlines.class).move(processInstanceId, stepKey, due);
    }

    public static void escalateLongOverdue(Escalations escalations, TransactionTemplate transactions,
            LadderSubject subject, String processInstanceId) {
        Date longAgo = Date
            .from(LocalDate.of(2025, 1, 6).atTime(23, 59, 59).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        transactions.executeWithoutResult(status -> {
            for (Rung rung : Rung.values()) {
                escalations.fire(subject, longAgo.toInstant(), rung, processInstanceId);
            }
        });
    }

}
