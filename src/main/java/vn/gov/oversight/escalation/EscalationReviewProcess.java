package vn.gov.oversight.escalation;

/**
 * The contract between {@code bpmn/escalation-review.bpmn}, its forms, the code and the
 * tests.
 */
public final class EscalationReviewProcess {

    public static final String KEY = "escalationReview";

    public static final String RESOURCE = "bpmn/escalation-review.bpmn";

    private EscalationReviewProcess() {
    }

    public static final class Elements {

        public static final String START_EVENT_ESCALATION_RAISED = "StartEvent_EscalationRaised";

        public static final String TASK_REVIEW_ESCALATION = "Task_ReviewEscalation";

        public static final String GATEWAY_DECISION = "Gateway_Decision";

        public static final String SERVICE_TASK_ISSUE_DIRECTIVE = "ServiceTask_IssueDirective";

        public static final String SERVICE_TASK_EXTEND_DEADLINE = "ServiceTask_ExtendDeadline";

        public static final String SERVICE_TASK_REQUEST_ACCOUNTABILITY = "ServiceTask_RequestAccountability";

        public static final String TASK_SUBMIT_ACCOUNTABILITY_REPORT = "Task_SubmitAccountabilityReport";

        public static final String SERVICE_TASK_RECORD_ACCOUNTABILITY_REPORT = "ServiceTask_RecordAccountabilityReport";

        public static final String SERVICE_TASK_CLOSE_ESCALATION = "ServiceTask_CloseEscalation";

        public static final String SERVICE_TASK_ORDER_INSPECTION = "ServiceTask_OrderInspection";

        public static final String END_EVENT_INSPECTION_ORDERED = "EndEvent_InspectionOrdered";

        public static final String END_EVENT_DIRECTED = "EndEvent_Directed";

        public static final String END_EVENT_EXTENDED = "EndEvent_Extended";

        public static final String END_EVENT_ACCOUNTABILITY_REPORTED = "EndEvent_AccountabilityReported";

        public static final String END_EVENT_CLOSED = "EndEvent_Closed";

        private Elements() {
        }

    }

    public static final class Variables {

        public static final String ESCALATION_ID = "escalationId";

        /**
         * The agency the escalation is about (not {@code agencyCode}: the agency does not
         * read the review).
         */
        public static final String ESCALATED_AGENCY = "escalatedAgency";

        // shown on the review form
        public static final String AGENCY_NAME = "agencyName";

        public static final String SUBJECT_TITLE = "subjectTitle";

        public static final String STEP_LABEL = "stepLabel";

        public static final String DUE_DATE_TEXT = "dueDateText";

        public static final String DAYS_OVERDUE = "daysOverdue";

        public static final String HISTORY_TEXT = "historyText";

        // the decision
        public static final String DECISION = "decision";

        public static final String DIRECTIVE = "directive";

        public static final String NEW_DUE_DATE = "newDueDate";

        public static final String CLOSE_REASON = "closeReason";

        /** What the inspection ordered should look at (optional). */
        public static final String INSPECTION_NOTE = "inspectionNote";

        public static final String ACCOUNTABILITY_REPORT = "accountabilityReport";

        private Variables() {
        }

    }

    public static final class Forms {

        public static final String REVIEW_ESCALATION = "reviewEscalation";

        public static final String ACCOUNTABILITY_REPORT = "accountabilityReport";

        private Forms() {
        }

    }

}
