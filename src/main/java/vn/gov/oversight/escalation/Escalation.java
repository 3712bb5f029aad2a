package vn.gov.oversight.escalation;

import java.time.Instant;
import java.time.LocalDate;

/** An escalation as the API shows it. */
public record Escalation(long id, String subjectType, long subjectId, int level, String agency, String planCode,
        String title, String stepKey, String stepLabel, Instant dueAt, LocalDate dueDate, Instant raisedAt,
        long daysOverdue, Status status, Decision decision, String directive, LocalDate newDueDate, String closeReason,
        String accountabilityReport, String decidedBy, Instant decidedAt, String subjectProcessInstanceId,
        String reviewProcessInstanceId) {

    public enum Status {

        /** Waiting for the steering committee. */
        OPEN("Chờ Ban Chỉ đạo xem xét"),
        /** The agency head owes an accountability report. */
        AWAITING_REPORT("Chờ báo cáo kiểm điểm"),
        /** Decided (and reported, when asked). */
        CLOSED("Đã kết thúc");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** As officials read it. */
        public String label() {
            return label;
        }

    }

    public enum Decision {

        /** A written directive to the agency head. */
        DIRECT("Chỉ đạo"),
        /** A new due date for the waiting step. */
        EXTEND("Gia hạn"),
        /** The agency head reports on their accountability (kiểm điểm trách nhiệm). */
        ACCOUNTABILITY("Kiểm điểm trách nhiệm"),
        /** Closed with a reason. */
        CLOSE("Kết thúc xem xét"),
        /**
         * An ad hoc inspection of the agency is ordered (the inspection module opens it).
         */
        INSPECT("Yêu cầu kiểm tra");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        /** As officials read it. */
        public String label() {
            return label;
        }

    }
}
