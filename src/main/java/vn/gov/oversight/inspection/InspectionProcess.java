package vn.gov.oversight.inspection;

/**
 * The contract between {@code bpmn/inspection.bpmn}, its forms, the code and the tests.
 */
public final class InspectionProcess {

    public static final String KEY = "inspection";

    public static final String RESOURCE = "bpmn/inspection.bpmn";

    /**
     * Business key {@code inspection/<id>}: listeners and delegates find the inspection
     * by it.
     */
    public static final String BUSINESS_KEY_PREFIX = "inspection/";

    private InspectionProcess() {
    }

    public static String businessKeyOf(long inspectionId) {
        return BUSINESS_KEY_PREFIX + inspectionId;
    }

    public static final class Elements {

        public static final String START_EVENT_INSPECTION_OPENED = "StartEvent_InspectionOpened";

        public static final String TASK_PROVIDE_DOCUMENTS = "Task_ProvideDocuments";

        public static final String TASK_RECORD_FINDINGS = "Task_RecordFindings";

        public static final String GATEWAY_RECORD_MORE = "Gateway_RecordMore";

        public static final String TASK_SUBMIT_DRAFT_CONCLUSION = "Task_SubmitDraftConclusion";

        public static final String TASK_SIGN_CONCLUSION = "Task_SignConclusion";

        public static final String GATEWAY_CONCLUSION_SIGNED = "Gateway_ConclusionSigned";

        public static final String SERVICE_TASK_ISSUE_CONCLUSION = "ServiceTask_IssueConclusion";

        public static final String GATEWAY_ANY_FINDINGS = "Gateway_AnyFindings";

        public static final String SUB_PROCESS_REMEDIATION = "SubProcess_Remediation";

        public static final String TASK_REPORT_REMEDIATION = "Task_ReportRemediation";

        public static final String TASK_VERIFY_REMEDIATION = "Task_VerifyRemediation";

        public static final String GATEWAY_REMEDIATION_ACCEPTED = "Gateway_RemediationAccepted";

        public static final String SERVICE_TASK_CLOSE_FINDING = "ServiceTask_CloseFinding";

        public static final String END_EVENT_FINDING_CLOSED = "EndEvent_FindingClosed";

        public static final String SERVICE_TASK_CLOSE_INSPECTION = "ServiceTask_CloseInspection";

        public static final String END_EVENT_INSPECTION_CLOSED = "EndEvent_InspectionClosed";

        private Elements() {
        }

    }

    public static final class Variables {

        /**
         * The inspected agency of one "provide documents" task (the multi-instance's
         * element).
         */
        public static final String AGENCY_CODE = "agencyCode";

        /**
         * The finding of one remediation (the multi-instance's element, checked against
         * the tables).
         */
        public static final String FINDING_ID = "findingId";

        // shown on the forms, derived when a form is opened (InspectionDisplayValues),
        // never stored
        public static final String KIND_LABEL = "kindLabel";

        public static final String INSPECTION_TITLE = "inspectionTitle";

        public static final String AGENCY_NAMES = "agencyNames";

        public static final String AGENCY_NAME = "agencyName";

        public static final String TEAM_TEXT = "teamText";

        public static final String DATES_TEXT = "datesText";

        public static final String DOCUMENTS_TEXT = "documentsText";

        public static final String UPLOAD_LINK = "uploadLink";

        public static final String FINDINGS_TEXT = "findingsText";

        public static final String FINDING_TEXT = "findingText";

        public static final String FINDING_DUE_TEXT = "findingDueText";

        public static final String STEP_DUE_DATE_TEXT = "stepDueDateText";

        public static final String REMEDIATION_SHOWN = "remediationShown";

        // entered on the forms
        public static final String DOCUMENTS_NOTE = "documentsNote";

        public static final String MINUTES = "minutes";

        public static final String FINDING_AGENCY = "findingAgency";

        public static final String FINDING_DESCRIPTION = "findingDescription";

        public static final String REMEDIATION_REQUIRED = "remediationRequired";

        public static final String REMEDIATION_DUE_DATE = "remediationDueDate";

        public static final String RECORD_MORE = "recordMore";

        public static final String CONCLUSION = "conclusion";

        public static final String APPROVED = "approved";

        public static final String REVIEW_COMMENT = "reviewComment";

        public static final String NOTICE_NUMBER = "noticeNumber";

        public static final String SIGNED_ON = "signedOn";

        public static final String REMEDIATION_REPORT = "remediationReport";

        private Variables() {
        }

    }

    public static final class Forms {

        public static final String PROVIDE_DOCUMENTS = "provideDocuments";

        public static final String RECORD_FINDINGS = "recordFindings";

        public static final String SUBMIT_DRAFT_CONCLUSION = "submitDraftConclusion";

        public static final String SIGN_CONCLUSION = "signConclusion";

        public static final String REPORT_REMEDIATION = "reportRemediation";

        public static final String VERIFY_REMEDIATION = "verifyRemediation";

        private Forms() {
        }

    }

}
