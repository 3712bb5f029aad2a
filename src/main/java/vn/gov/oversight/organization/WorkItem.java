package vn.gov.oversight.organization;

import java.util.Set;

/**
 * One open piece of an agency's work that a succession moves: an assignment, a report, a
 * finding to remedy.
 *
 * @param kind what it is, as the module holding it names it (ASSIGNMENT, REPORT, FINDING)
 * @param id its id in that module
 * @param title how people recognise it
 * @param taskCode the plan task it belongs to, if any
 * @param taskGroup the plan's task group, if any
 * @param policyAreas the support policies it is about, if any
 */
public record WorkItem(String kind, String id, String title, String taskCode, String taskGroup,
        Set<String> policyAreas) {

    public WorkItem {
        policyAreas = policyAreas == null ? Set.of() : Set.copyOf(policyAreas);
    }
}
