package vn.gov.oversight.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Progress over the reporting periods, as the charts draw it: poor and near-poor
 * households per period (accepted reports only) province-wide against the baseline and
 * the target, and per locality; the coverage of each support policy in the latest period
 * with accepted figures. A locality's members see their own locality only, without the
 * province's line.
 */
public record ProgressOverview(Baseline baseline, Long poorTargetCeiling, List<Point> province,
        List<Locality> localities, String coveragePeriod, List<PolicyCoverage> coverage) {

    /**
     * The baseline, and the year of the target the ceiling belongs to (null while the
     * plan has none).
     */
    public record Baseline(int year, long poorHouseholds, long nearPoorHouseholds, Integer targetYear) {
    }

    /**
     * The figures of one period: {@code reportsAccepted} of {@code reportsExpected}
     * reports counted; the household counts are null when none was accepted.
     */
    public record Point(String period, String label, LocalDate cutOffTo, Long poorHouseholds, Long nearPoorHouseholds,
            int reportsAccepted, int reportsExpected) {
    }

    public record Locality(String agency, String name, List<Point> points) {
    }

    /**
     * One support policy: the share of eligible poor and near-poor households reached, in
     * percent.
     */
    public record PolicyCoverage(PolicyArea policy, String label, BigDecimal poorPercent, BigDecimal nearPoorPercent,
            BigDecimal percent, boolean met) {
    }
}
