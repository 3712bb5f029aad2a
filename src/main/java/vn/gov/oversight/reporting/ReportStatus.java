package vn.gov.oversight.reporting;

/** Where an agency's report of a period stands. */
enum ReportStatus {

    /** To be prepared and sent. */
    OPEN,
    /** Sent, waiting for the coordinator's check. */
    SUBMITTED,
    /** Accepted by the coordinator: counted in the province's figures. */
    ACCEPTED,
    /**
     * No longer expected (its agency ended; its successors report instead): counted
     * nowhere.
     */
    WITHDRAWN;

    /** Whether an accepted report was sent by the reporters' date. */
    public enum Outcome {

        DONE_ON_TIME, DONE_LATE

    }

}
