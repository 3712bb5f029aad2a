package vn.gov.oversight.reporting;

/**
 * The contract between {@code bpmn/periodic-report.bpmn}, its forms, the code and the
 * tests.
 */
final class PeriodicReportProcess {

    public static final String KEY = "periodicReport";

    public static final String RESOURCE = "bpmn/periodic-report.bpmn";

    private PeriodicReportProcess() {
    }

    public static final class Elements {

        public static final String START_EVENT_REPORT_REQUESTED = "StartEvent_ReportRequested";

        public static final String GATEWAY_REPORT_CONTENT = "Gateway_ReportContent";

        /** A locality's report on its households. */
        public static final String TASK_PREPARE_REPORT = "Task_PrepareReport";

        /** A department's or an organisation's report on its policies. */
        public static final String TASK_PREPARE_POLICY_REPORT = "Task_PreparePolicyReport";

        public static final String GATEWAY_REPORT_SENT = "Gateway_ReportSent";

        public static final String TASK_REVIEW_REPORT = "Task_ReviewReport";

        public static final String GATEWAY_REPORT_ACCEPTED = "Gateway_ReportAccepted";

        public static final String SERVICE_TASK_RECORD_REPORT_ACCEPTED = "ServiceTask_RecordReportAccepted";

        public static final String END_EVENT_REPORT_ACCEPTED = "EndEvent_ReportAccepted";

        private Elements() {
        }

    }

    public static final class Variables {

        public static final String REPORT_ID = "reportId";

        public static final String AGENCY_CODE = "agencyCode";

        // shown on the forms, derived when a form is opened (ReportDisplayValues), never
        // stored
        public static final String PERIOD_CODE = "periodCode";

        public static final String PERIOD_LABEL = "periodLabel";

        public static final String AGENCY_NAME = "agencyName";

        public static final String CUT_OFF_TEXT = "cutOffText";

        public static final String DUE_DATE_TEXT = "dueDateText";

        /** The waiting step's own due date (an extension moves it). */
        public static final String STEP_DUE_DATE_TEXT = "stepDueDateText";

        // the figures: ReportFields (names REST clients rely on)
        /**
         * Shown on the coordinator's check: the report as sent, in words
         * (ReportDisplayValues).
         */
        public static final String REPORT_TEXT = "reportText";

        // the coordinator's check
        public static final String APPROVED = "approved";

        public static final String REVIEW_COMMENT = "reviewComment";

        private Variables() {
        }

    }

    public static final class Forms {

        public static final String PREPARE_REPORT = "prepareReport";

        public static final String PREPARE_POLICY_REPORT = "preparePolicyReport";

        public static final String REVIEW_REPORT = "reviewReport";

        private Forms() {
        }

    }

}
