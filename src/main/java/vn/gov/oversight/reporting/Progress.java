package vn.gov.oversight.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import vn.gov.oversight.reporting.ReportFigures.Reach;

/**
 * Progress against a plan's targets (DOMAIN §1, §7): the poor households against the
 * baseline and the most the target allows (for Plan 151/KH-UBND by end-2025: a third of
 * the 7,912 of 2021), and 100% of the poor and near-poor households eligible for each
 * support policy reached. Baselines and targets are data ({@link Targets}), not
 * constants: the merged province of 2025 has others.
 */
final class Progress {

    /**
     * Percentages are shown with two decimals, rounded half up as officials round by
     * hand.
     */
    static final int PERCENT_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Progress() {
    }

    /**
     * Assesses the current figures (of a locality or of the province's consolidation)
     * against the baseline.
     * @param baselinePoor poor households at the baseline
     * @param baselineNearPoor near-poor households at the baseline
     * @param poorCeiling the most poor households the target allows; null while the plan
     * has no figure
     * @param currentPoor poor households now
     * @param currentNearPoor near-poor households now
     * @param reachedTotals per support policy the households reached and eligible, summed
     * over the localities; an area left out (or a missing map) counts as not reported
     * @throws IllegalArgumentException when a count is negative: the figures should have
     * passed {@link FigureRules} before
     */
    static Assessment assess(long baselinePoor, long baselineNearPoor, Long poorCeiling, long currentPoor,
            long currentNearPoor, Map<PolicyArea, Reach> reachedTotals) {
        if (baselinePoor < 0 || baselineNearPoor < 0 || currentPoor < 0 || currentNearPoor < 0) {
            throw new IllegalArgumentException("Household counts are never negative: baseline " + baselinePoor + "/"
                    + baselineNearPoor + ", current " + currentPoor + "/" + currentNearPoor);
        }
        Map<PolicyArea, Coverage> coverage = new EnumMap<>(PolicyArea.class);
        for (PolicyArea area : PolicyArea.values()) {
            coverage.put(area, Coverage.of(reachedTotals == null ? null : reachedTotals.get(area)));
        }
        return new Assessment(baselinePoor, currentPoor, currentPoor - baselinePoor,
                percent(currentPoor - baselinePoor, baselinePoor), baselineNearPoor, currentNearPoor,
                currentNearPoor - baselineNearPoor, percent(currentNearPoor - baselineNearPoor, baselineNearPoor),
                poorCeiling, poorCeiling != null && currentPoor <= poorCeiling, Collections.unmodifiableMap(coverage),
                coverage.values().stream().allMatch(Coverage::met));
    }

    /**
     * {@code part} as a percent of {@code whole}, or null when there is no whole to
     * compare with.
     */
    static BigDecimal percent(Long part, Long whole) {
        if (part == null || whole == null || whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(whole), PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    private static Long sum(Integer a, Integer b) {
        return a == null || b == null ? null : (long) a + b;
    }

    private static Long widened(Integer value) {
        return value == null ? null : value.longValue();
    }

    /**
     * Where the figures stand against the targets.
     *
     * @param poorChange current minus baseline poor households: negative when poverty
     * fell
     * @param poorChangePercent the change as a percent of the baseline (-39.26 for a fall
     * of 39.26%), null when the baseline is 0
     * @param nearPoorChange current minus baseline near-poor households
     * @param nearPoorChangePercent the change as a percent of the baseline, null when the
     * baseline is 0
     * @param poorTargetCeiling the most poor households that still meet the target, null
     * when there is none
     * @param poorTargetMet whether the current poor households are at most the ceiling
     * @param coverage every policy area of the plan, in its order, with its coverage
     * @param coverageTargetMet whether every policy area reaches 100% of its poor and
     * near-poor households
     */
    record Assessment(long baselinePoor, long currentPoor, long poorChange, BigDecimal poorChangePercent,
            long baselineNearPoor, long currentNearPoor, long nearPoorChange, BigDecimal nearPoorChangePercent,
            Long poorTargetCeiling, boolean poorTargetMet, Map<PolicyArea, Coverage> coverage,
            boolean coverageTargetMet) {
    }

    /**
     * The coverage of one support policy: reached as a percent of eligible, null when
     * eligible is 0 or missing or reached is missing.
     *
     * @param poorPercent poor households reached of the eligible ones
     * @param nearPoorPercent near-poor households reached of the eligible ones
     * @param percent poor and near-poor households together, when all four counts are
     * given
     * @param met whether all eligible poor and near-poor households are reached. An
     * eligible count of 0 is met (nobody is left out); a missing count is not, because
     * 100% cannot be claimed without figures
     */
    record Coverage(BigDecimal poorPercent, BigDecimal nearPoorPercent, BigDecimal percent, boolean met) {

        static Coverage of(Reach reach) {
            if (reach == null) {
                return new Coverage(null, null, null, false);
            }
            // qualified: inside the record, percent names the component's accessor
            return new Coverage(Progress.percent(widened(reach.poorReached()), widened(reach.poorEligible())),
                    Progress.percent(widened(reach.nearPoorReached()), widened(reach.nearPoorEligible())),
                    Progress.percent(sum(reach.poorReached(), reach.nearPoorReached()),
                            sum(reach.poorEligible(), reach.nearPoorEligible())),
                    allReached(reach.poorReached(), reach.poorEligible())
                            && allReached(reach.nearPoorReached(), reach.nearPoorEligible()));
        }

        private static boolean allReached(Integer reached, Integer eligible) {
            if (eligible == null) {
                return false;
            }
            return eligible == 0 || reached != null && reached >= eligible;
        }
    }

}
