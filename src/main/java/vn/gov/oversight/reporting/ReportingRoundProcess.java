package vn.gov.oversight.reporting;

/**
 * The contract between {@code bpmn/reporting-round.bpmn}, its forms, the code and the
 * tests.
 */
public final class ReportingRoundProcess {

    public static final String KEY = "reportingRound";

    public static final String RESOURCE = "bpmn/reporting-round.bpmn";

    public static final String MESSAGE_ALL_REPORTS_ACCEPTED = "AllReportsAccepted";

    private ReportingRoundProcess() {
    }

    public static final class Elements {

        public static final String START_EVENT_PERIOD_OPENED = "StartEvent_PeriodOpened";

        public static final String RECEIVE_TASK_REPORTS_IN = "ReceiveTask_ReportsIn";

        public static final String BOUNDARY_EVENT_REPORTING_DEADLINE_PASSED = "BoundaryEvent_ReportingDeadlinePassed";

        public static final String TASK_CONSOLIDATE_REPORTS = "Task_ConsolidateReports";

        public static final String SERVICE_TASK_RECORD_CONSOLIDATION = "ServiceTask_RecordConsolidation";

        public static final String GATEWAY_IS_REVIEW = "Gateway_IsReview";

        public static final String TASK_RECEIVE_REVIEW = "Task_ReceiveReview";

        public static final String END_EVENT_REVIEW_RECEIVED = "EndEvent_ReviewReceived";

        public static final String END_EVENT_CONSOLIDATED = "EndEvent_Consolidated";

        private Elements() {
        }

    }

    public static final class Variables {

        public static final String PERIOD_CODE = "periodCode";

        public static final String PERIOD_LABEL = "periodLabel";

        /**
         * True for a preliminary or final review (sơ kết, tổng kết): the steering
         * committee receives it.
         */
        public static final String REVIEW_ROUND = "reviewRound";

        public static final String SUMMARY_TEXT = "summaryText";

        /** The consolidation step's own due date (an extension moves it). */
        public static final String STEP_DUE_DATE_TEXT = "stepDueDateText";

        /**
         * The consolidation's three sections, as an official report has them: results
         * (Kết quả thực hiện),
         */
        public static final String CONSOLIDATED_RESULTS = "consolidatedResults";

        /** difficulties (Khó khăn, vướng mắc), */
        public static final String CONSOLIDATED_DIFFICULTIES = "consolidatedDifficulties";

        /** and proposals (Đề xuất, kiến nghị). */
        public static final String CONSOLIDATED_PROPOSALS = "consolidatedProposals";

        /**
         * The one narrative of the consolidation form before it had three sections: still
         * read as the results for a round whose consolidation task was created with that
         * form (the form is bound to the deployment of the round's model).
         */
        public static final String CONSOLIDATED_NARRATIVE = "consolidatedNarrative";

        public static final String COMMITTEE_REMARKS = "committeeRemarks";

        private Variables() {
        }

    }

    public static final class Forms {

        public static final String CONSOLIDATE_REPORTS = "consolidateReports";

        public static final String RECEIVE_REVIEW = "receiveReview";

        private Forms() {
        }

    }

}
