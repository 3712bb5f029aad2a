package vn.gov.oversight.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.oversight.reporting.Progress.Assessment;
import vn.gov.oversight.reporting.Progress.Coverage;
import vn.gov.oversight.reporting.ReportFigures.Reach;

/** Progress of Ninh Bình against Plan 151, from its 2021 baseline. */
class ProgressTest {

    /** Ninh Bình's 2021 review under the multidimensional standard. */
    static final long BASELINE_POOR = 7_912;
    static final long BASELINE_NEAR_POOR = 10_519;

    /** Plan 151's target as data: at most a third of the baseline (a ratio "1/3"). */
    static Long thirdOf(long baselinePoor) {
        return new Target(0, "151/KH-UBND", Target.Indicator.POOR_HOUSEHOLDS, 2025, BigDecimal.valueOf(baselinePoor),
                2021, null, null, "1/3", null, null)
            .resolved()
            .longValue();
    }

    static Map<PolicyArea, Reach> everyAreaFullyReached(int poor, int nearPoor) {
        Map<PolicyArea, Reach> reached = new EnumMap<>(PolicyArea.class);
        for (PolicyArea area : PolicyArea.values()) {
            reached.put(area, new Reach(poor, nearPoor, poor, nearPoor));
        }
        return reached;
    }

    @Test
    void end2024IsAFallOf39Point26PercentShortOfTheTwoThirdsTarget() {
        Assessment assessment = Progress.assess(BASELINE_POOR, BASELINE_NEAR_POOR, thirdOf(BASELINE_POOR), 4_806, 6_006,
                Map.of());

        assertThat(assessment.poorChange()).isEqualTo(-3_106);
        assertThat(assessment.poorChangePercent()).isEqualTo(new BigDecimal("-39.26"));
        assertThat(assessment.nearPoorChange()).isEqualTo(-4_513);
        assertThat(assessment.nearPoorChangePercent()).isEqualTo(new BigDecimal("-42.90"));
        assertThat(assessment.poorTargetCeiling()).isEqualTo(2_637);
        assertThat(assessment.poorTargetMet()).isFalse();
    }

    @Test
    void the2637thHouseholdIsTheLastThatMeetsTheTarget() {
        assertThat(Progress.assess(BASELINE_POOR, BASELINE_NEAR_POOR, thirdOf(BASELINE_POOR), 2_637, 6_006, Map.of())
            .poorTargetMet()).isTrue();
        assertThat(Progress.assess(BASELINE_POOR, BASELINE_NEAR_POOR, thirdOf(BASELINE_POOR), 2_638, 6_006, Map.of())
            .poorTargetMet()).isFalse();
        assertThat(Progress.assess(BASELINE_POOR, BASELINE_NEAR_POOR, thirdOf(BASELINE_POOR), 0, 0, Map.of())
            .poorTargetMet()).isTrue();
    }

    @Test
    void theCeilingIsOneThirdOfTheBaselineRoundedDown() {
        assertThat(Progress.assess(9, 0, thirdOf(9), 3, 0, Map.of()).poorTargetCeiling()).isEqualTo(3);
        assertThat(Progress.assess(10, 0, thirdOf(10), 3, 0, Map.of()).poorTargetCeiling()).isEqualTo(3);
        assertThat(Progress.assess(11, 0, thirdOf(11), 3, 0, Map.of()).poorTargetCeiling()).isEqualTo(3);
        assertThat(Progress.assess(12, 0, thirdOf(12), 3, 0, Map.of()).poorTargetCeiling()).isEqualTo(4);
    }

    @Test
    void percentsAreRoundedHalfUpToTwoDecimals() {
        // 1/32 = 3.125%: half even would give 3.12
        Assessment assessment = Progress.assess(32, 32, thirdOf(32), 31, 33,
                Map.of(PolicyArea.HEALTH, new Reach(1, 1, 32, 32)));
        assertThat(assessment.poorChangePercent()).isEqualTo(new BigDecimal("-3.13"));
        assertThat(assessment.nearPoorChangePercent()).isEqualTo(new BigDecimal("3.13"));
        assertThat(assessment.coverage().get(PolicyArea.HEALTH).poorPercent()).isEqualTo(new BigDecimal("3.13"));
    }

    @Test
    void aZeroBaselineHasNoPercentChange() {
        Assessment assessment = Progress.assess(0, 0, thirdOf(0), 5, 0, Map.of());
        assertThat(assessment.poorChange()).isEqualTo(5);
        assertThat(assessment.poorChangePercent()).isNull();
        assertThat(assessment.nearPoorChangePercent()).isNull();
        assertThat(assessment.poorTargetCeiling()).isZero();
        assertThat(assessment.poorTargetMet()).isFalse();
    }

    @Test
    void withoutATargetNothingIsMet() {
        Assessment assessment = Progress.assess(BASELINE_POOR, BASELINE_NEAR_POOR, null, 10, 10, Map.of());
        assertThat(assessment.poorTargetCeiling()).isNull();
        assertThat(assessment.poorTargetMet()).isFalse();
    }

    @Test
    void aTargetIsAValueOrARatioOfTheBaseline() {
        assertThat(new Target(0, "p", Target.Indicator.POOR_HOUSEHOLDS, 2030, BigDecimal.valueOf(7_912), 2021, null,
                BigDecimal.valueOf(1_500), null, null, null)
            .resolved()).isEqualByComparingTo("1500");
        assertThat(new Target(0, "p", Target.Indicator.POOR_HOUSEHOLDS, 2030, BigDecimal.valueOf(7_912), 2021, null,
                null, "0.1", null, null)
            .resolved()).isEqualByComparingTo("791");
        assertThat(new Target(0, "p", Target.Indicator.POOR_HOUSEHOLDS, 2030, BigDecimal.valueOf(7_912), 2021, null,
                null, null, null, null)
            .resolved()).isNull();
    }

    @Test
    void coverageIsReachedOverEligiblePerPolicyArea() {
        Map<PolicyArea, Reach> reached = new EnumMap<>(PolicyArea.class);
        reached.put(PolicyArea.HEALTH, new Reach(4_806, 6_006, 4_806, 6_006));
        reached.put(PolicyArea.EDUCATION, new Reach(4_000, 5_000, 4_806, 6_006));
        reached.put(PolicyArea.HOUSING, new Reach(0, 0, 0, 0));
        reached.put(PolicyArea.JOBS, new Reach(10, 10, null, 20));
        reached.put(PolicyArea.LABOUR_EXPORT, new Reach(null, 20, 10, 20));

        Map<PolicyArea, Coverage> coverage = Progress
            .assess(BASELINE_POOR, BASELINE_NEAR_POOR, thirdOf(BASELINE_POOR), 4_806, 6_006, reached)
            .coverage();

        assertThat(coverage).containsOnlyKeys(PolicyArea.values());
        assertThat(coverage.keySet()).containsExactly(PolicyArea.values());
        assertThat(coverage.get(PolicyArea.HEALTH)).isEqualTo(
                new Coverage(new BigDecimal("100.00"), new BigDecimal("100.00"), new BigDecimal("100.00"), true));
        assertThat(coverage.get(PolicyArea.EDUCATION))
            .isEqualTo(new Coverage(new BigDecimal("83.23"), new BigDecimal("83.25"), new BigDecimal("83.24"), false));
        // nobody eligible: nobody left out
        assertThat(coverage.get(PolicyArea.HOUSING)).isEqualTo(new Coverage(null, null, null, true));
        // eligible poor not counted: 100% cannot be claimed
        assertThat(coverage.get(PolicyArea.JOBS)).isEqualTo(new Coverage(null, new BigDecimal("50.00"), null, false));
        assertThat(coverage.get(PolicyArea.LABOUR_EXPORT))
            .isEqualTo(new Coverage(null, new BigDecimal("100.00"), null, false));
        // not reported at all
        assertThat(coverage.get(PolicyArea.INFORMATION)).isEqualTo(new Coverage(null, null, null, false));
    }

    @Test
    void theCoverageTargetIsMetWhenEveryAreaReachesEveryEligibleHousehold() {
        Map<PolicyArea, Reach> reached = everyAreaFullyReached(4_806, 6_006);
        assertThat(Progress.assess(BASELINE_POOR, BASELINE_NEAR_POOR, thirdOf(BASELINE_POOR), 4_806, 6_006, reached)
            .coverageTargetMet()).isTrue();

        reached.put(PolicyArea.LIVELIHOOD_DIVERSIFICATION, new Reach(4_806, 6_005, 4_806, 6_006));
        assertThat(Progress.assess(BASELINE_POOR, BASELINE_NEAR_POOR, thirdOf(BASELINE_POOR), 4_806, 6_006, reached)
            .coverageTargetMet()).isFalse();

        reached.remove(PolicyArea.LIVELIHOOD_DIVERSIFICATION);
        assertThat(Progress.assess(BASELINE_POOR, BASELINE_NEAR_POOR, thirdOf(BASELINE_POOR), 4_806, 6_006, reached)
            .coverageTargetMet()).isFalse();
        assertThat(Progress.assess(BASELINE_POOR, BASELINE_NEAR_POOR, thirdOf(BASELINE_POOR), 4_806, 6_006, null)
            .coverageTargetMet()).isFalse();
    }

    @Test
    void negativeCountsAreAProgrammingError() {
        assertThatThrownBy(
                () -> Progress.assess(BASELINE_POOR, BASELINE_NEAR_POOR, thirdOf(BASELINE_POOR), -1, 0, Map.of()))
            .isInstanceOf(IllegalArgumentException.class);
    }

}
