package vn.gov.oversight.reporting;

import vn.gov.oversight.organization.AgencyKind;

/**
 * What a reporter reports: a locality its households (poor, near-poor, their movements,
 * deprivations); a department or an organisation the reach of the policies it runs, in
 * their own units against their own denominators. Fixed when the report is opened, from
 * the reporter's kind.
 */
enum ReportContent {

    HOUSEHOLDS("Báo cáo hộ nghèo, hộ cận nghèo"), POLICIES("Báo cáo thực hiện chính sách");

    private final String label;

    ReportContent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ReportContent of(AgencyKind kind) {
        return kind == AgencyKind.LOCAL_COMMITTEE ? HOUSEHOLDS : POLICIES;
    }

}
