package vn.gov.oversight.assignment;

import java.util.Arrays;
import java.util.Optional;

import vn.gov.oversight.assignment.TaskAssignmentProcess.Elements;

/** Where an assignment stands; each waiting stage is one user task of the process. */
public enum AssignmentStage {

    ASSIGNED(null, "Đã giao"), ACKNOWLEDGING(Elements.TASK_ACKNOWLEDGE_TASK, "Chờ tiếp nhận"),
    DRAFTING(Elements.TASK_DRAFT_LOCAL_PLAN, "Đang dự thảo kế hoạch"),
    REVIEWING_DRAFT(Elements.TASK_REVIEW_DRAFT, "Chờ thẩm định dự thảo"),
    ISSUING_PLAN(Elements.TASK_ISSUE_LOCAL_PLAN, "Chờ ban hành kế hoạch"),
    CARRYING_OUT(Elements.TASK_CARRY_OUT_TASK, "Đang thực hiện"),
    CONFIRMING(Elements.TASK_CONFIRM_COMPLETION, "Chờ xác nhận hoàn thành"), DONE(null, "Đã hoàn thành"),
    /**
     * Ended because its work was shared out among several successors of its agency:
     * neither done nor late.
     */
    TRANSFERRED(null, "Đã chuyển giao cho các cơ quan kế thừa"),
    /**
     * Cancelled by an amendment of the plan: neither done nor late, and no longer open.
     */
    CANCELLED(null, "Đã hủy");

    private final String taskDefinitionKey;

    private final String label;

    AssignmentStage(String taskDefinitionKey, String label) {
        this.taskDefinitionKey = taskDefinitionKey;
        this.label = label;
    }

    /** Whether the assignment has ended: done, handed on, or cancelled. */
    public boolean isEnded() {
        return this == DONE || this == TRANSFERRED || this == CANCELLED;
    }

    public String label() {
        return label;
    }

    static Optional<AssignmentStage> ofTask(String taskDefinitionKey) {
        return Arrays.stream(values()).filter(stage -> taskDefinitionKey.equals(stage.taskDefinitionKey)).findFirst();
    }

}
