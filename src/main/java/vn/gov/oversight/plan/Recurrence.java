package vn.gov.oversight.plan;

/** How often a task of a plan's appendix is due, as read from its deadline cell. */
enum Recurrence {

    /** Due once, on the task's due date ("30/06/2026", "Quý II/2026", "Năm 2026"…). */
    ONCE,
    /** Due every year ("Hằng năm"); the due date is the first round's. */
    YEARLY,
    /**
     * Carried out continuously ("Thường xuyên"); the due date is the first round's (31/12
     * of the plan's issue year).
     */
    ONGOING

}
