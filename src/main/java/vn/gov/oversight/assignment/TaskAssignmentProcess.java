package vn.gov.oversight.assignment;

/**
 * The contract between {@code bpmn/task-assignment.bpmn}, its forms, the code and the
 * tests.
 */
public final class TaskAssignmentProcess {

    public static final String KEY = "taskAssignment";

    public static final String RESOURCE = "bpmn/task-assignment.bpmn";

    private TaskAssignmentProcess() {
    }

    public static final class Elements {

        public static final String START_EVENT_TASK_ASSIGNED = "StartEvent_TaskAssigned";

        public static final String TASK_ACKNOWLEDGE_TASK = "Task_AcknowledgeTask";

        public static final String SUB_PROCESS_LOCAL_PLAN_DRAFT = "SubProcess_LocalPlanDraft";

        public static final String TASK_DRAFT_LOCAL_PLAN = "Task_DraftLocalPlan";

        public static final String GATEWAY_DRAFT_REVIEWED = "Gateway_DraftReviewed";

        public static final String SEQUENCE_FLOW_DRAFT_REVIEWED_NO = "SequenceFlow_DraftReviewedNo";

        public static final String END_EVENT_DRAFT_READY_TO_ISSUE = "EndEvent_DraftReadyToIssue";

        public static final String TASK_REVIEW_DRAFT = "Task_ReviewDraft";

        public static final String GATEWAY_DRAFT_APPROVED = "Gateway_DraftApproved";

        public static final String SEQUENCE_FLOW_DRAFT_APPROVED_NO = "SequenceFlow_DraftApprovedNo";

        public static final String END_EVENT_DRAFT_APPROVED = "EndEvent_DraftApproved";

        public static final String TASK_CONTRIBUTE_TO_DRAFT = "Task_ContributeToDraft";

        public static final String END_EVENT_CONTRIBUTIONS_GIVEN = "EndEvent_ContributionsGiven";

        public static final String TASK_ISSUE_LOCAL_PLAN = "Task_IssueLocalPlan";

        public static final String SERVICE_TASK_RECORD_LOCAL_PLAN = "ServiceTask_RecordLocalPlan";

        public static final String TASK_CARRY_OUT_TASK = "Task_CarryOutTask";

        public static final String TASK_CONFIRM_COMPLETION = "Task_ConfirmCompletion";

        public static final String GATEWAY_COMPLETION_CONFIRMED = "Gateway_CompletionConfirmed";

        public static final String SEQUENCE_FLOW_COMPLETION_CONFIRMED_NO = "SequenceFlow_CompletionConfirmedNo";

        public static final String SERVICE_TASK_RECORD_COMPLETION = "ServiceTask_RecordCompletion";

        public static final String END_EVENT_TASK_COMPLETED = "EndEvent_TaskCompleted";

        // what an amendment of the plan does to a running assignment
        public static final String START_EVENT_TASK_CANCELLED = "StartEvent_TaskCancelled";

        public static final String END_EVENT_TASK_CANCELLED = "EndEvent_TaskCancelled";

        public static final String START_EVENT_TASK_DEADLINE_MOVED = "StartEvent_TaskDeadlineMoved";

        public static final String SERVICE_TASK_RETIME_CARRY_OUT = "ServiceTask_RetimeCarryOut";

        public static final String END_EVENT_TASK_DEADLINE_MOVED = "EndEvent_TaskDeadlineMoved";

        public static final String START_EVENT_LEAD_AGENCY_CHANGED = "StartEvent_LeadAgencyChanged";

        public static final String SERVICE_TASK_HAND_OVER_TO_NEW_LEAD_AGENCY = "ServiceTask_HandOverToNewLeadAgency";

        public static final String END_EVENT_LEAD_AGENCY_CHANGED = "EndEvent_LeadAgencyChanged";

        private Elements() {
        }

    }

    /** Process variables; the form field keys are the same names. */
    public static final class Variables {

        public static final String ASSIGNMENT_ID = "assignmentId";

        public static final String AGENCY_CODE = "agencyCode";

        /**
         * The plan's choice, set at the start: the coordinator reviews the draft (true)
         * or the agency issues it.
         */
        public static final String REVIEW_LOCAL_PLAN = "reviewLocalPlan";

        // shown on the forms, derived when a form is opened (AssignmentDisplayValues),
        // never stored
        public static final String PLAN_CODE = "planCode";

        public static final String TASK_CODE = "taskCode";

        public static final String TASK_TITLE = "taskTitle";

        public static final String AGENCY_NAME = "agencyName";

        public static final String TASK_DUE_DATE_TEXT = "taskDueDateText";

        /** The waiting step's own due date (an extension moves it). */
        public static final String STEP_DUE_DATE_TEXT = "stepDueDateText";

        // acknowledging
        public static final String OFFICER_USER_ID = "officerUserId";

        public static final String ACKNOWLEDGE_NOTE = "acknowledgeNote";

        // drafting and review
        public static final String DRAFT_SUMMARY = "draftSummary";

        public static final String DRAFT_DOCUMENT_LINK = "draftDocumentLink";

        public static final String APPROVED = "approved";

        public static final String REVIEW_COMMENT = "reviewComment";

        public static final String CONTRIBUTING_AGENCY = "contributingAgency";

        public static final String CONTRIBUTION = "contribution";

        // issuing
        public static final String DOCUMENT_NUMBER = "documentNumber";

        public static final String ISSUED_ON = "issuedOn";

        public static final String SIGNER = "signer";

        public static final String DOCUMENT_LINK = "documentLink";

        // completion
        public static final String RESULT_SUMMARY = "resultSummary";

        public static final String OUTPUT_DOCUMENT = "outputDocument";

        public static final String OUTPUT_DOCUMENT_LINK = "outputDocumentLink";

        private Variables() {
        }

    }

    /**
     * The messages an amendment of the plan sends to a running assignment (the model's
     * message names).
     */
    public static final class Messages {

        public static final String TASK_CANCELLED = "taskCancelled";

        public static final String TASK_DEADLINE_MOVED = "taskDeadlineMoved";

        public static final String LEAD_AGENCY_CHANGED = "leadAgencyChanged";

        private Messages() {
        }

    }

    /** The Camunda Forms ({@code forms/*.form}) by id. */
    public static final class Forms {

        public static final String ACKNOWLEDGE_TASK = "acknowledgeTask";

        public static final String DRAFT_LOCAL_PLAN = "draftLocalPlan";

        public static final String REVIEW_DRAFT = "reviewDraft";

        public static final String CONTRIBUTE_TO_DRAFT = "contributeToDraft";

        public static final String ISSUE_LOCAL_PLAN = "issueLocalPlan";

        public static final String REPORT_COMPLETION = "reportCompletion";

        public static final String CONFIRM_COMPLETION = "confirmCompletion";

        private Forms() {
        }

    }

}
