package vn.gov.oversight.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.gov.oversight.reporting.ReportFigures.Reach;
import vn.gov.oversight.reporting.Reports.AgencyReport;
import vn.gov.oversight.reporting.Reports.Totals;

/**
 * What the province's report of a period states, line by line, for every document made of
 * it: the Word report sent upward, its workbook and the coordinator's summary workbook
 * all take their rows and columns from here, so that they always say the same. A new
 * figure is added here once: one that each locality reports and the province adds up
 * (re-poor households, near-poor households in and out) is one more {@link #INDICATORS}
 * entry, one derived from them (a rate, a change against the baseline) one more line of
 * {@link #progress}, one of the support policies one more {@link #POLICY_COLUMNS} entry,
 * a deficit of basic social services one more {@link Deprivation}.
 */
final class UpwardReportLines {

    static final String HOUSEHOLDS = "hộ";
    static final String VND = "đồng";
    static final String PERCENT = "%";

    /**
     * The unit of an assessment, which is a word (đạt, chưa đạt) rather than a quantity.
     */
    static final String NO_UNIT = "";

    private UpwardReportLines() {
    }

    /**
     * One line of a table of figures.
     *
     * @param unit the unit, empty for an assessment
     * @param value a number, a text (an assessment), or null when it cannot be known (no
     * figures yet)
     */
    record Line(String label, String unit, Object value) {
    }

    /** A figure each reporting agency gives and the province adds up. */
    record Indicator(String label, String unit, Function<AgencyReport, Number> ofAgency,
            Function<Totals, Number> ofProvince) {

        String header() {
            return UpwardReportLines.header(label, unit);
        }

        Line line(Totals totals) {
            return new Line(label, unit, ofProvince.apply(totals));
        }
    }

    /** A column of a table whose rows are {@code T}. */
    record Column<T>(String label, String unit, Function<T, Object> value) {

        String header() {
            return UpwardReportLines.header(label, unit);
        }
    }

    /**
     * The figures of the reports, in the order of the tables: each agency's and the
     * province's sum.
     */
    static final List<Indicator> INDICATORS = List.of(
            new Indicator("Tổng số hộ", HOUSEHOLDS, AgencyReport::totalHouseholds, Totals::totalHouseholds),
            new Indicator("Số hộ nghèo", HOUSEHOLDS, AgencyReport::poorHouseholds, Totals::poorHouseholds),
            new Indicator("Số hộ cận nghèo", HOUSEHOLDS, AgencyReport::nearPoorHouseholds, Totals::nearPoorHouseholds),
            new Indicator("Số hộ thoát nghèo trong kỳ", HOUSEHOLDS, AgencyReport::exitedPoverty, Totals::exitedPoverty),
            new Indicator("Số hộ nghèo phát sinh trong kỳ", HOUSEHOLDS, AgencyReport::newlyPoor, Totals::newlyPoor),
            new Indicator("Số hộ tái nghèo trong kỳ", HOUSEHOLDS, AgencyReport::rePoor, Totals::rePoor),
            new Indicator("Số hộ ra khỏi diện cận nghèo trong kỳ", HOUSEHOLDS, AgencyReport::nearPoorExited,
                    Totals::nearPoorExited),
            new Indicator("Số hộ cận nghèo phát sinh trong kỳ", HOUSEHOLDS, AgencyReport::newlyNearPoor,
                    Totals::newlyNearPoor),
            new Indicator("Kinh phí được phân bổ", VND, AgencyReport::budgetAllocated, Totals::budgetAllocated),
            new Indicator("Kinh phí đã giải ngân", VND, AgencyReport::budgetDisbursed, Totals::budgetDisbursed));

    /**
     * The province's figures: its sums, then where they stand against the baseline and
     * the targets.
     */
    static List<Line> figures(Reports.Summary summary) {
        List<Line> lines = new ArrayList<>();
        INDICATORS.forEach(indicator -> lines.add(indicator.line(summary.totals())));
        lines.addAll(progress(summary));
        return lines;
    }

    /**
     * The rates, the change against the baseline year, and whether the targets are met.
     */
    static List<Line> progress(Reports.Summary summary) {
        Totals totals = summary.totals();
        Progress.Assessment assessment = summary.targets();
        Reports.Baseline baseline = summary.baseline();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Tỷ lệ hộ nghèo", PERCENT,
                Progress.percent(totals.poorHouseholds(), totals.totalHouseholds())));
        lines.add(new Line("Tỷ lệ hộ cận nghèo", PERCENT,
                Progress.percent(totals.nearPoorHouseholds(), totals.totalHouseholds())));
        lines.add(new Line("Số hộ nghèo là đồng bào dân tộc thiểu số", HOUSEHOLDS, totals.ethnicMinorityPoor()));
        lines
            .add(new Line("Số hộ cận nghèo là đồng bào dân tộc thiểu số", HOUSEHOLDS, totals.ethnicMinorityNearPoor()));
        if (baseline.year() != null) {
            String since = " so với năm " + baseline.year();
            lines.add(new Line("Số hộ nghèo năm " + baseline.year() + " (năm gốc)", HOUSEHOLDS,
                    assessment.baselinePoor()));
            lines.add(new Line("Số hộ nghèo tăng (+), giảm (-)" + since, HOUSEHOLDS, assessment.poorChange()));
            lines
                .add(new Line("Tỷ lệ tăng (+), giảm (-) số hộ nghèo" + since, PERCENT, assessment.poorChangePercent()));
            lines.add(new Line("Số hộ cận nghèo năm " + baseline.year() + " (năm gốc)", HOUSEHOLDS,
                    assessment.baselineNearPoor()));
            lines.add(new Line("Số hộ cận nghèo tăng (+), giảm (-)" + since, HOUSEHOLDS, assessment.nearPoorChange()));
            lines.add(new Line("Tỷ lệ tăng (+), giảm (-) số hộ cận nghèo" + since, PERCENT,
                    assessment.nearPoorChangePercent()));
        }
        if (assessment.poorTargetCeiling() != null) {
            lines.add(new Line("Chỉ tiêu năm " + baseline.targetYear() + ": số hộ nghèo tối đa", HOUSEHOLDS,
                    assessment.poorTargetCeiling()));
            lines.add(new Line("Đánh giá chỉ tiêu số hộ nghèo năm " + baseline.targetYear(), NO_UNIT,
                    met(assessment.poorTargetMet())));
        }
        else {
            lines.add(new Line("Chỉ tiêu số hộ nghèo", NO_UNIT, "Kế hoạch chưa có chỉ tiêu cho kỳ này"));
        }
        lines.add(new Line("Tỷ lệ kinh phí đã giải ngân", PERCENT,
                Progress.percent(totals.budgetDisbursed(), totals.budgetAllocated())));
        lines.add(new Line("Hộ nghèo, hộ cận nghèo được hỗ trợ đủ các chính sách (chỉ tiêu 100%)", NO_UNIT,
                met(assessment.coverageTargetMet())));
        return lines;
    }

    /**
     * The households, poor or near-poor, that lack each basic social service of Decree
     * 07/2021/NĐ-CP, summed over the localities' accepted reports, in the order of the
     * decree's dimensions.
     */
    static List<Line> deficits(Reports.Summary summary) {
        List<Line> lines = new ArrayList<>();
        for (Deprivation indicator : Deprivation.values()) {
            lines.add(new Line(indicator.dimension() + ": " + indicator.label(), HOUSEHOLDS,
                    summary.totals().deficits().getOrDefault(indicator, 0L)));
        }
        return lines;
    }

    /**
     * One support policy: those it reached and those eligible, poor and near-poor, summed
     * over the departments' reports in the policy's own unit (pupils, persons insured,
     * houses, loans), and its coverage.
     */
    record Policy(PolicyArea area, Reach reach, Progress.Coverage coverage) {

        /**
         * The policy's name and unit, as a table's row names it: "Giáo dục (học sinh)".
         */
        String label() {
            return area.label() + " (" + area.unit() + ")";
        }
    }

    /** Every support policy of the plan, in its order. */
    static List<Policy> policies(Reports.Summary summary) {
        List<Policy> policies = new ArrayList<>();
        for (PolicyArea area : PolicyArea.values()) {
            policies.add(new Policy(area, summary.reached() == null ? null : summary.reached().get(area),
                    summary.targets().coverage().get(area)));
        }
        return policies;
    }

    /** The columns of the table of support policies, after the policy's name. */
    static final List<Column<Policy>> POLICY_COLUMNS = List.of(
            new Column<>("Đối tượng nghèo được hỗ trợ", NO_UNIT, policy -> reach(policy, Reach::poorReached)),
            new Column<>("Đối tượng nghèo thuộc diện hỗ trợ", NO_UNIT, policy -> reach(policy, Reach::poorEligible)),
            new Column<>("Tỷ lệ đối tượng nghèo được hỗ trợ", PERCENT, policy -> policy.coverage().poorPercent()),
            new Column<>("Đối tượng cận nghèo được hỗ trợ", NO_UNIT, policy -> reach(policy, Reach::nearPoorReached)),
            new Column<>("Đối tượng cận nghèo thuộc diện hỗ trợ", NO_UNIT,
                    policy -> reach(policy, Reach::nearPoorEligible)),
            new Column<>("Tỷ lệ đối tượng cận nghèo được hỗ trợ", PERCENT,
                    policy -> policy.coverage().nearPoorPercent()),
            new Column<>("Tỷ lệ chung", PERCENT, policy -> policy.coverage().percent()),
            new Column<>("Đánh giá (chỉ tiêu 100%)", NO_UNIT, policy -> met(policy.coverage().met())));

    /** Whether an agency's report is in, as the tables say it. */
    static String status(AgencyReport agency) {
        return switch (agency.status()) {
            case ACCEPTED ->
                agency.outcome() == ReportStatus.Outcome.DONE_LATE ? "Đã tiếp nhận (gửi muộn)" : "Đã tiếp nhận";
            case SUBMITTED -> "Đã gửi, chờ kiểm tra";
            default -> "Chưa gửi";
        };
    }

    /** Whether an agency's figures count in the province's sums. */
    static boolean counted(AgencyReport agency) {
        return agency.status() == ReportStatus.ACCEPTED;
    }

    /**
     * The agencies whose report is not accepted (yet): their figures are not in the sums.
     */
    static List<String> missing(Reports.Summary summary) {
        return summary.agencies().stream().filter(agency -> !counted(agency)).map(AgencyReport::name).toList();
    }

    private static String header(String label, String unit) {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    private static String met(boolean met) {
        return met ? "Đạt" : "Chưa đạt";
    }

    private static Integer reach(Policy policy, Function<Reach, Integer> count) {
        return policy.reach() == null ? null : count.apply(policy.reach());
    }

}
