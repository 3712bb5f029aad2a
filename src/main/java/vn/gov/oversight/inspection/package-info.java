/**
 * Inspection and supervision (kiểm tra, giám sát): the inspections and supervisions of
 * agencies, planned in the year's plan or ad hoc (a complaint, a press report, the
 * steering committee's order on an escalation), their teams, minutes, conclusion notices
 * and findings, the remediation of each finding until the coordinator accepts it, and the
 * documents uploaded along the way ({@code bpmn/inspection.bpmn}). A late remediation
 * climbs the deadline ladder as subject {@code REMEDIATION}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection")
package vn.gov.oversight.inspection;
