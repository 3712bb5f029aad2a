package vn.gov.oversight.reporting;

import java.util.List;

import vn.gov.oversight.organization.AgencyKind;

/**
 * A reporting regime as the coordinator keeps it (table {@code reporting_regime}): who
 * reports under it, whether the steering committee receives the consolidation, whether
 * the scheduler opens its periods on their day, and for the regular regimes the two
 * deadlines as days of the period's last month: the reporters' (to the standing agency)
 * and the province's (its consolidated report), the consolidation in between.
 *
 * @param reportersDueDay the reporters' deadline, day of the period's last month; null
 * for called-for reports
 * @param provinceDueDay the province's deadline, day of the period's last month; null for
 * called-for reports
 * @param legalBasis the documents the regime follows, as people cite them
 */
record ReportingRegime(RegimeKind kind, String label, List<AgencyKind> reporters, boolean steeringCommitteeReceives,
        boolean scheduled, Integer reportersDueDay, Integer provinceDueDay, String legalBasis) {

    /** Decree 09/2019's province deadline: the 25th of the period's last month. */
    static final int DECREE_PROVINCE_DUE_DAY = 25;

    /**
     * A regime with Decree 09/2019's province date and the reporters a week before it
     * (for tests and defaults).
     */
    static ReportingRegime ofDecree(RegimeKind kind, List<AgencyKind> reporters) {
        return kind.isRegular()
                ? new ReportingRegime(kind, kind.label(), reporters, false, true, 18, DECREE_PROVINCE_DUE_DAY, null)
                : new ReportingRegime(kind, kind.label(), reporters, !kind.isRegular() && kind != RegimeKind.AD_HOC,
                        false, null, null, null);
    }
}
