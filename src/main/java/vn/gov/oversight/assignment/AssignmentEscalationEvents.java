package vn.gov.oversight.assignment;

import java.time.format.DateTimeFormatter;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.gov.oversight.assignment.TaskAssignmentProcess.Elements;
import vn.gov.oversight.escalation.Escalation;
import vn.gov.oversight.escalation.EscalationDecided;
import vn.gov.oversight.escalation.StepRungFired;
import vn.gov.oversight.system.PeopleDates;

/**
 * The ladder and the steering committee's decisions, shown on the assignment: each rung
 * and decision is a line of its history; an extension moves the step's due date (and the
 * task's deadline, on the carrying-out step).
 */
@Component
class AssignmentEscalationEvents {

    private static final DateTimeFormatter DATE = PeopleDates.DAY.withZone(PeopleDates.VIETNAM);

    private final Assignments assignments;

    private final AssignmentStore store;

    AssignmentEscalationEvents(Assignments assignments, AssignmentStore store) {
        this.assignments = assignments;
        this.store = store;
    }

    @EventListener
    void on(StepRungFired fired) {
        if (!AssignmentLadderSubjects.SUBJECT_TYPE.equals(fired.subjectType())) {
            return;
        }
        String kind = switch (fired.rung()) {
            case REMINDER -> "REMINDER_SENT";
            case OVERDUE -> "OVERDUE_NOTICE";
            case ESCALATION -> "ESCALATED";
        };
        String step = AssignmentLadderSubjects.stepLabel(fired.stepKey());
        String text = switch (fired.rung()) {
            case REMINDER -> "Nhắc việc: " + step + " đến hạn " + DATE.format(fired.dueAt());
            case OVERDUE -> "Quá hạn: " + step + " (hạn " + DATE.format(fired.dueAt())
                    + "), báo thủ trưởng cơ quan và cơ quan thường trực";
            case ESCALATION -> "Chuyển Ban Chỉ đạo xem xét (số " + fired.escalationId() + "): " + step + " quá hạn từ "
                    + DATE.format(fired.dueAt());
        };
        assignments.recordEvent(fired.subjectId(), kind, null, null, fired.agencyCode(), text);
    }

    @EventListener
    void on(EscalationDecided decided) {
        if (!AssignmentLadderSubjects.SUBJECT_TYPE.equals(decided.subjectType())) {
            return;
        }
        String text = switch (decided.decision()) {
            case DIRECT -> "Ban Chỉ đạo chỉ đạo: " + decided.directive();
            case EXTEND -> "Ban Chỉ đạo gia hạn đến " + decided.newDueDate().format(PeopleDates.DAY);
            case ACCOUNTABILITY -> "Ban Chỉ đạo yêu cầu thủ trưởng cơ quan kiểm điểm trách nhiệm";
            case CLOSE -> "Ban Chỉ đạo kết thúc xem xét: " + decided.directive();
            case INSPECT -> "Ban Chỉ đạo yêu cầu kiểm tra đột xuất cơ quan";
        };
        assignments.recordEvent(decided.subjectId(), "ESCALATION_" + decided.decision().name(), null,
                decided.decidedBy(), null, text);
        if (decided.decision() == Escalation.Decision.EXTEND) {
            store.find(decided.subjectId())
                .filter(assignment -> AssignmentStage.ofTask(decided.stepKey()).orElse(null) == assignment.stage())
                .ifPresent(assignment -> store.setStage(assignment.id(), assignment.stage(),
                        decided.newDueDate().atTime(23, 59, 59).atZone(PeopleDates.VIETNAM).toInstant()));
            if (decided.stepKey().equals(Elements.TASK_CARRY_OUT_TASK)) {
                store.setDueDate(decided.subjectId(), decided.newDueDate());
            }
        }
    }

}
