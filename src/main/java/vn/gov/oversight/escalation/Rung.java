package vn.gov.oversight.escalation;

/** The rungs of the ladder, in the order they come. */
public enum Rung {

    /** Nhắc nhở: before the due date. */
    REMINDER,
    /** Quá hạn: at the due date, to the agency head and the coordinator. */
    OVERDUE,
    /** Chuyển Ban Chỉ đạo: still open a while after the due date. */
    ESCALATION

}
