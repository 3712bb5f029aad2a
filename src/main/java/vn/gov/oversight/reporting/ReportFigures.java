package vn.gov.oversight.reporting;

import java.util.Map;

/**
 * The figures a locality reports for a period (the minimum DOMAIN §7 lists). Every field may be missing as
 * it arrives from a client, so that {@link FigureRules#check} can name each missing one; the component names
 * are the JSON names REST clients send and must not change.
 *
 * @param totalHouseholds households in the locality
 * @param poorHouseholds poor households under the multidimensional standard of Decree 07/2021/NĐ-CP
 * @param nearPoorHouseholds near-poor households under the same standard
 * @param exitedPoverty households that left poverty during the period
 * @param newlyPoor households that became poor during the period
 * @param reached per support policy, the poor and near-poor households reached and eligible; areas left
 *        out were not reported
 * @param budgetAllocated budget allocated, in VND
 * @param budgetDisbursed budget disbursed, in VND
 * @param narrative results, difficulties and proposals
 */
record ReportFigures(Integer totalHouseholds, Integer poorHouseholds, Integer nearPoorHouseholds, Integer exitedPoverty,
        Integer newlyPoor, Map<PolicyArea, Reach> reached, Long budgetAllocated, Long budgetDisbursed, String narrative) {

    /**
     * The reach of one support policy. Eligible counts may be missing when the locality has not counted
     * them; then reach cannot be checked nor turned into a coverage.
     */
    record Reach(Integer poorReached, Integer nearPoorReached, Integer poorEligible, Integer nearPoorEligible) {
    }
}
