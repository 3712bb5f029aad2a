package vn.gov.oversight.reporting;

import java.util.Map;

/**
 * The figures of a report. A locality reports its households (DOMAIN §7 and the plan's
 * own concerns: re-poverty, the near-poor moving in and out, deprivations,
 * ethnic-minority households); a department or an organisation reports the reach of its
 * policies ({@link #reached()}) and leaves the household figures empty. Every field may
 * be missing as it arrives from a client, so that {@link FigureRules} can name each
 * missing one.
 *
 * @param totalHouseholds households in the locality
 * @param poorHouseholds poor households at the end of the period (Decree 07/2021/NĐ-CP's
 * standard)
 * @param nearPoorHouseholds near-poor households at the end of the period
 * @param exitedPoverty households that left poverty during the period
 * @param newlyPoor households poor for the first time during the period
 * @param reached per support policy, those reached and eligible, in the policy's unit;
 * areas left out were not reported
 * @param budgetAllocated budget allocated, in VND
 * @param budgetDisbursed budget disbursed, in VND
 * @param narrative results, difficulties and proposals
 * @param poorAtStart poor households at the start of the period
 * @param nearPoorAtStart near-poor households at the start of the period
 * @param rePoor households that had left poverty and fell back into it (tái nghèo)
 * @param nearPoorExited households that stopped being near-poor (out of it, or into
 * poverty)
 * @param newlyNearPoor households that became near-poor during the period
 * @param ethnicMinorityPoor poor households of ethnic minorities, among the poor
 * @param ethnicMinorityNearPoor near-poor households of ethnic minorities, among the
 * near-poor
 * @param deficits per deprivation indicator, the poor and near-poor households lacking it
 * @param explanation why the figures do not add up (the flow identity, the previous
 * period), when they do not
 */
record ReportFigures(Integer totalHouseholds, Integer poorHouseholds, Integer nearPoorHouseholds, Integer exitedPoverty,
        Integer newlyPoor, Map<PolicyArea, Reach> reached, Long budgetAllocated, Long budgetDisbursed, String narrative,
        Integer poorAtStart, Integer nearPoorAtStart, Integer rePoor, Integer nearPoorExited, Integer newlyNearPoor,
        Integer ethnicMinorityPoor, Integer ethnicMinorityNearPoor, Map<Deprivation, Integer> deficits,
        String explanation) {

    /**
     * The reach of one support policy in its unit. Eligible counts may be missing when
     * they were not counted; then reach cannot be turned into a coverage.
     */
    record Reach(Integer poorReached, Integer nearPoorReached, Integer poorEligible, Integer nearPoorEligible) {
    }

    /**
     * A department's or an organisation's report: its policies, budget and narrative
     * only.
     */
    static ReportFigures ofPolicies(Map<PolicyArea, Reach> reached, Long budgetAllocated, Long budgetDisbursed,
            String narrative) {
        return new ReportFigures(null, null, null, null, null, reached, budgetAllocated, budgetDisbursed, narrative,
                null, null, null, null, null, null, null, Map.of(), null);
    }

    /** Whether the report holds household figures (a locality's). */
    boolean hasHouseholds() {
        return poorHouseholds != null || totalHouseholds != null;
    }
}
