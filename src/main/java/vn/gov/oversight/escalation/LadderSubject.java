package vn.gov.oversight.escalation;

/**
 * What a waiting step is about, as the module owning its process tells it: the subject
 * ({@code ASSIGNMENT} and its id; later {@code REPORT}, {@code REMEDIATION}), the step
 * ({@code stepKey}: the task's definition key, followed by {@code /<agency>} for one
 * agency's task among several of the same step), the agency that must act, and texts for
 * people.
 */
public record LadderSubject(String type, long id, String stepKey, String agencyCode, String planCode, String title,
        String stepLabel) {

    /** The step key for one agency's task among the parallel tasks of a step. */
    public static String stepKeyFor(String taskDefinitionKey, String agencyCode) {
        return taskDefinitionKey + "/" + agencyCode;
    }
}
