package vn.gov.oversight.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.organization.Agency;
import vn.gov.oversight.organization.AgencyKind;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.reporting.PeriodicReportProcess.Variables;
import vn.gov.oversight.system.ConflictException;
import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.PeopleDates;

/**
 * Opens reporting periods (one {@code periodicReport} per reporting agency), keeps the
 * submitted and accepted figures, and consolidates the accepted ones against the 2021
 * baseline and the targets.
 */
@Service
@Transactional
public class Reports {

    private static final Logger log = LoggerFactory.getLogger(Reports.class);

    private static final ZoneId ZONE = PeopleDates.VIETNAM;

    private final ReportingStore store;

    private final ReportingRegimes regimes;

    private final RuntimeService runtime;

    private final Directory directory;

    private final Clock clock;

    private final Targets targets;

    Reports(ReportingStore store, ReportingRegimes regimes, RuntimeService runtime, Directory directory, Clock clock,
            Targets targets) {
        this.store = store;
        this.regimes = regimes;
        this.runtime = runtime;
        this.directory = directory;
        this.clock = clock;
        this.targets = targets;
    }

    /**
     * What the coordinator sends to open a period: for a regular regime the code (the
     * dates follow from the regime; either deadline may be moved), for an ad hoc report
     * or a review a free code and every date.
     */
    record PeriodRequest(String code, RegimeKind regime, LocalDate reportersDueDate, LocalDate dueDate,
            LocalDate cutOffFrom, LocalDate cutOffTo, List<String> agencies) {
    }

    record OpenedPeriod(ReportingPeriods.Period period, List<OpenedReport> reports) {
    }

    record OpenedReport(long id, String agency, String processInstanceId, LocalDate dueDate) {
    }

    /**
     * Opens a period: its dates come from the regime (Decree 09/2019/NĐ-CP's cut-off, the
     * regime's two deadlines) unless an ad hoc or review request gives them, or the
     * request moves a deadline; the reporting agencies default to the directory's
     * agencies of the kinds the regime names.
     */
    OpenedPeriod open(PeriodRequest request, String openedBy) {
        if (request.regime() == null) {
            throw InvalidInputException.of("regime",
                    "Chưa chọn chế độ báo cáo (báo cáo quý, 6 tháng, năm, đột xuất, " + "sơ kết hoặc tổng kết)");
        }
        ReportingRegime regime = regimes.of(request.regime());
        String code = request.code() == null ? "" : request.code().trim();
        ReportingPeriods.Period period = request.regime().isRegular() ? ReportingPeriods.of(code, regime)
                : ReportingPeriods.adHoc(code, request.regime(), request.cutOffFrom(), request.cutOffTo(),
                        request.reportersDueDate(), request.dueDate());
        if (request.regime().isRegular() && (request.dueDate() != null || request.reportersDueDate() != null)) {
            LocalDate reportersDue = request.reportersDueDate() == null ? period.reportersDueDate()
                    : request.reportersDueDate();
            LocalDate due = request.dueDate() == null ? period.dueDate() : request.dueDate();
            List<FieldProblem> problems = ReportingPeriods.deadlineProblems(period.cutOffTo(), reportersDue, due);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            period = new ReportingPeriods.Period(period.code(), period.kind(), period.cutOffFrom(), period.cutOffTo(),
                    reportersDue, due);
        }
        List<String> agencies = reportingAgencies(request.agencies(), regime.reporters());
        if (store.periodExists(period.code())) {
            throw new ConflictException("code", "Kỳ báo cáo '" + period.code() + "' đã được mở");
        }
        store.insertPeriod(period, openedBy);
        List<OpenedReport> reports = new ArrayList<>();
        for (String agency : agencies) {
            reports.add(start(period, agency));
        }
        Map<String, Object> round = new HashMap<>();
        round.put(ReportingRoundProcess.Variables.REVIEW_ROUND, regime.steeringCommitteeReceives());
        store.setRound(period.code(),
                runtime.createProcessInstanceByKey(ReportingRoundProcess.KEY)
                    .businessKey(period.code())
                    .setVariables(round)
                    .execute()
                    .getId());
        log.info("Reporting period {} opened for {} agencies by {}", period.code(), agencies.size(), openedBy);
        return new OpenedPeriod(period, reports);
    }

    private List<String> reportingAgencies(List<String> requested, List<AgencyKind> reporters) {
        LocalDate today = LocalDate.now(clock);
        if (requested == null || requested.isEmpty()) {
            return directory.agencies()
                .stream()
                .filter(agency -> reporters.contains(agency.kind()) && agency.isValidOn(today)
                        && agency.successorCode() == null)
                .map(Agency::code)
                .toList();
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String code = requested.get(i) == null ? "" : requested.get(i).trim();
            Optional<Agency> agency = directory.agency(code);
            if (agency.isEmpty()) {
                problems.add(new FieldProblem("agencies[" + i + "]", "Không có cơ quan mã '" + code + "'"));
            }
            else if (!agency.get().isValidOn(today) || agency.get().successorCode() != null) {
                problems.add(new FieldProblem("agencies[" + i + "]",
                        "Cơ quan '" + agency.get().name() + "' không còn hoạt động"));
            }
            else if (!codes.add(code)) {
                problems.add(new FieldProblem("agencies[" + i + "]", "Cơ quan '" + code + "' được ghi hai lần"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return List.copyOf(codes);
    }

    private OpenedReport start(ReportingPeriods.Period period, String agency) {
        ReportContent content = directory.agency(agency)
            .map(found -> ReportContent.of(found.kind()))
            .orElse(ReportContent.HOUSEHOLDS);
        long id = store.insertReport(period.code(), agency, content);
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.REPORT_ID, id);
        variables.put(Variables.AGENCY_CODE, agency);
        String instance = runtime.createProcessInstanceByKey(PeriodicReportProcess.KEY)
            .businessKey(businessKey(period.code(), agency))
            .setVariables(variables)
            .execute()
            .getId();
        store.setProcessInstance(id, instance);
        return new OpenedReport(id, agency, instance, period.reportersDueDate());
    }

    // --- called by the process

    static String businessKey(String periodCode, String agencyCode) {
        return periodCode + "/" + agencyCode;
    }

    /**
     * The report a {@code periodicReport} instance works for, from its business key:
     * process variables can be sent along by a person and are not trusted for this.
     */
    long reportOf(String businessKey) {
        return store.reportIdOf(businessKey)
            .orElseThrow(() -> new IllegalStateException("No report for business key " + businessKey));
    }

    /** The report's period as people read it: "Báo cáo 6 tháng kỳ 2026-H1". */
    String periodOf(long reportId) {
        ReportingStore.Row report = store.report(reportId).orElseThrow();
        return store.period(report.periodCode())
            .map(period -> period.kind().label() + " kỳ " + period.code())
            .orElse(report.periodCode());
    }

    /** A period as people read it: "Báo cáo 6 tháng kỳ 2026-H1". */
    String periodLabelOf(String periodCode) {
        return store.period(periodCode)
            .map(period -> period.kind().label() + " kỳ " + period.code())
            .orElse(periodCode);
    }

    /** The reporting agency's name today. */
    String reporterNameOf(long reportId) {
        String agency = reporterOf(reportId);
        return directory.agency(agency).map(Agency::name).orElse(agency);
    }

    /** What the report holds, as fixed when it was opened. */
    ReportContent contentOf(long reportId) {
        return store.report(reportId).orElseThrow().content();
    }

    /**
     * The agency that reports now (a succession may have moved the report since it was
     * opened).
     */
    String reporterOf(long reportId) {
        return store.report(reportId).orElseThrow().agencyCode();
    }

    void submitted(long reportId, ReportFigures figures) {
        store.submitted(reportId, figures, clock.instant());
    }

    /**
     * Accepted: on time when the accepted figures were submitted by the end of the
     * reporters' due date.
     */
    void accepted(long reportId) {
        ReportingStore.Row report = store.report(reportId).orElseThrow();
        LocalDate due = store.period(report.periodCode()).orElseThrow().reportersDueDate();
        LocalDate submittedOn = report.submittedAt().atZone(ZONE).toLocalDate();
        store.accepted(reportId, clock.instant(),
                submittedOn.isAfter(due) ? ReportStatus.Outcome.DONE_LATE : ReportStatus.Outcome.DONE_ON_TIME);
        if (store.reports(report.periodCode()).stream().allMatch(row -> row.status() == ReportStatus.ACCEPTED)) {
            // every report is in: the round need not wait for the deadline
            runtime.createMessageCorrelation(ReportingRoundProcess.MESSAGE_ALL_REPORTS_ACCEPTED)
                .processInstanceBusinessKey(report.periodCode())
                .correlateAll();
        }
    }

    /** The narrative of the province's report, in the sections of an official report. */
    record Sections(String results, String difficulties, String proposals) {
    }

    void consolidated(String periodCode, Sections sections, String by) {
        store.consolidated(periodCode, sections, by, clock.instant());
    }

    void receivedByCommittee(String periodCode) {
        store.receivedByCommittee(periodCode, clock.instant());
    }

    /**
     * The consolidated figures and the progress, as the coordinator and the committee
     * read them on their tasks.
     */
    String summaryText(String periodCode) {
        Summary summary = summary(periodCode).orElseThrow();
        Totals t = summary.totals();
        Progress.Assessment p = summary.targets();
        return "Đã tiếp nhận " + t.reportsAccepted() + "/" + t.reportsExpected() + " báo cáo.\n" + "Tổng số hộ: "
                + t.totalHouseholds() + "; hộ nghèo: " + t.poorHouseholds() + "; hộ cận nghèo: "
                + t.nearPoorHouseholds() + "; thoát nghèo: " + t.exitedPoverty() + "; nghèo phát sinh: " + t.newlyPoor()
                + "; tái nghèo: " + t.rePoor() + "; ra khỏi diện cận nghèo: " + t.nearPoorExited()
                + "; cận nghèo phát sinh: " + t.newlyNearPoor() + "; hộ nghèo là đồng bào dân tộc thiểu số: "
                + t.ethnicMinorityPoor() + ".\nSo với năm " + summary.baseline().year() + " (" + p.baselinePoor()
                + " hộ nghèo): thay đổi " + p.poorChangePercent() + "%; "
                + (p.poorTargetCeiling() == null ? "chưa có chỉ tiêu số hộ nghèo"
                        : "chỉ tiêu năm " + summary.baseline().targetYear() + " (tối đa " + p.poorTargetCeiling()
                                + " hộ nghèo): " + (p.poorTargetMet() ? "đạt" : "chưa đạt"))
                + ".\nBao phủ chính sách 100%: " + (p.coverageTargetMet() ? "đạt" : "chưa đạt") + ".";
    }

    /** A report is due on its period's reporters' date, before the province's. */
    LocalDate dueDateOf(long reportId) {
        return store.period(store.report(reportId).orElseThrow().periodCode()).orElseThrow().reportersDueDate();
    }

    // --- consolidation

    /**
     * The province's sums of the accepted reports: households from the localities'
     * reports only, the reach of the policies ({@link Summary#targets()}) from the
     * departments' and organisations' only, the budget from all.
     */
    record Totals(long totalHouseholds, long poorHouseholds, long nearPoorHouseholds, long exitedPoverty,
            long newlyPoor, long budgetAllocated, long budgetDisbursed, int reportsAccepted, int reportsExpected,
            long poorAtStart, long nearPoorAtStart, long rePoor, long nearPoorExited, long newlyNearPoor,
            long ethnicMinorityPoor, long ethnicMinorityNearPoor, Map<Deprivation, Long> deficits) {
    }

    record AgencyReport(String agency, String name, ReportStatus status, ReportStatus.Outcome outcome,
            Integer totalHouseholds, Integer poorHouseholds, Integer nearPoorHouseholds, Integer exitedPoverty,
            Integer newlyPoor, Long budgetAllocated, Long budgetDisbursed, ReportContent content, Integer rePoor,
            Integer nearPoorExited, Integer newlyNearPoor, String explanation) {
    }

    /**
     * What a period is measured against, from the reporting plan's targets: the baseline
     * year and counts, and the year and source of the poor-household target (null while
     * the plan has none).
     */
    record Baseline(Integer year, long poorHouseholds, long nearPoorHouseholds, Integer targetYear,
            String targetSource) {
    }

    /**
     * The baseline and the most poor households the target allows, for a period ending in
     * {@code year}.
     */
    private record Goal(Baseline baseline, Long poorCeiling) {
    }

    /**
     * @param applies whether a target counted for an area (a former province; null: the
     * whole province) fits
     */
    private Goal goal(int year, Predicate<String> applies) {
        Optional<Target> poor = targets.forYear(Target.Indicator.POOR_HOUSEHOLDS, year, applies);
        Optional<Target> nearPoor = targets.forYear(Target.Indicator.NEAR_POOR_HOUSEHOLDS, year, applies);
        long baselinePoor = poor.map(Target::baselineValue).map(value -> value.longValue()).orElse(0L);
        long baselineNearPoor = nearPoor.map(Target::baselineValue).map(value -> value.longValue()).orElse(0L);
        Long ceiling = poor.map(Target::resolved).map(value -> value.longValue()).orElse(null);
        return new Goal(new Baseline(poor.map(Target::baselineYear).orElse(null), baselinePoor, baselineNearPoor,
                poor.map(Target::year).orElse(null), poor.map(Target::source).orElse(null)), ceiling);
    }

    /**
     * A period's consolidation.
     *
     * @param reached per support policy, the households reached and eligible, summed over
     * the accepted reports (a policy no report gave is left out)
     * @param formerProvince the former province whose localities the figures are of;
     * null: the whole province
     */
    record Summary(String period, RegimeKind kind, LocalDate cutOffFrom, LocalDate cutOffTo, LocalDate reportersDueDate,
            LocalDate dueDate, Totals totals, List<AgencyReport> agencies, Baseline baseline,
            Progress.Assessment targets, Map<PolicyArea, ReportFigures.Reach> reached,
            ReportingStore.Consolidation consolidation, String formerProvince) {
    }

    /** The province's figures for a period: the sum of the accepted reports only. */
    Optional<Summary> summary(String code) {
        return summary(code, null);
    }

    /**
     * The figures of a period for the whole province, or for the localities of one former
     * province (the departments report for the whole province and are left out of such a
     * view). A target whose baseline was counted for one former province measures a view
     * that holds no locality of another.
     */
    @Transactional(readOnly = true)
    Optional<Summary> summary(String code, String formerProvince) {
        return store.period(code).map(period -> {
            Map<String, Agency> byCode = agenciesByCode();
            List<ReportingStore.Row> rows = store.reports(code)
                .stream()
                .filter(row -> formerProvince == null || formerProvince.equals(areaOf(byCode, row.agencyCode())))
                .toList();
            Set<String> areasInView = new HashSet<>();
            rows.forEach(row -> {
                if (areaOf(byCode, row.agencyCode()) != null) {
                    areasInView.add(areaOf(byCode, row.agencyCode()));
                }
            });
            Goal goal = goal(period.cutOffTo().getYear(), area -> area == null || area.equals(formerProvince)
                    || formerProvince == null && areasInView.stream().allMatch(area::equals));
            long[] sums = new long[14];
            Map<Deprivation, Long> deficits = new EnumMap<>(Deprivation.class);
            int accepted = 0;
            Map<PolicyArea, long[]> reach = new EnumMap<>(PolicyArea.class);
            List<AgencyReport> agencies = new ArrayList<>();
            for (ReportingStore.Row row : rows) {
                ReportFigures f = row.figures();
                agencies.add(new AgencyReport(row.agencyCode(), nameOf(byCode, row.agencyCode()), row.status(),
                        row.outcome(), f.totalHouseholds(), f.poorHouseholds(), f.nearPoorHouseholds(),
                        f.exitedPoverty(), f.newlyPoor(), f.budgetAllocated(), f.budgetDisbursed(), row.content(),
                        f.rePoor(), f.nearPoorExited(), f.newlyNearPoor(), f.explanation()));
                if (row.status() != ReportStatus.ACCEPTED) {
                    continue;
                }
                accepted++;
                sums[5] += f.budgetAllocated() == null ? 0 : f.budgetAllocated();
                sums[6] += f.budgetDisbursed() == null ? 0 : f.budgetDisbursed();
                if (row.content() == ReportContent.HOUSEHOLDS) {
                    Integer[] counts = { f.totalHouseholds(), f.poorHouseholds(), f.nearPoorHouseholds(),
                            f.exitedPoverty(), f.newlyPoor(), null, null, f.poorAtStart(), f.nearPoorAtStart(),
                            f.rePoor(), f.nearPoorExited(), f.newlyNearPoor(), f.ethnicMinorityPoor(),
                            f.ethnicMinorityNearPoor() };
                    for (int i = 0; i < counts.length; i++) {
                        sums[i] += counts[i] == null ? 0 : counts[i];
                    }
                    f.deficits()
                        .forEach((indicator, households) -> deficits.merge(indicator, (long) households, Long::sum));
                }
                else {
                    f.reached().forEach((area, r) -> {
                        long[] areaSums = reach.computeIfAbsent(area, a -> new long[4]);
                        areaSums[0] += r.poorReached() == null ? 0 : r.poorReached();
                        areaSums[1] += r.nearPoorReached() == null ? 0 : r.nearPoorReached();
                        areaSums[2] += r.poorEligible() == null ? 0 : r.poorEligible();
                        areaSums[3] += r.nearPoorEligible() == null ? 0 : r.nearPoorEligible();
                    });
                }
            }
            Map<PolicyArea, ReportFigures.Reach> reachTotals = new EnumMap<>(PolicyArea.class);
            reach.forEach((area, r) -> reachTotals.put(area,
                    new ReportFigures.Reach((int) r[0], (int) r[1], (int) r[2], (int) r[3])));
            long poor = sums[1];
            long nearPoor = sums[2];
            Totals totals = new Totals(sums[0], poor, nearPoor, sums[3], sums[4], sums[5], sums[6], accepted,
                    rows.size(), sums[7], sums[8], sums[9], sums[10], sums[11], sums[12], sums[13], deficits);
            return new Summary(period.code(), period.kind(), period.cutOffFrom(), period.cutOffTo(),
                    period.reportersDueDate(), period.dueDate(), totals, agencies, goal.baseline(),
                    Progress.assess(goal.baseline().poorHouseholds(), goal.baseline().nearPoorHouseholds(),
                            goal.poorCeiling(), poor, nearPoor, reachTotals),
                    reachTotals, store.consolidation(code).orElse(null), formerProvince);
        });
    }

    /**
     * Progress over every period that has figures: the province's sums of accepted
     * reports (when {@code provinceWide}) and each locality that {@code visible} lets the
     * caller see.
     */
    public ProgressOverview progress(Predicate<String> visible, boolean provinceWide) {
        return progress(visible, provinceWide, null);
    }

    /**
     * The same, for the localities of one former province when {@code formerProvince} is
     * given (the province's line then sums theirs, measured against a baseline counted
     * for that area).
     */
    @Transactional(readOnly = true)
    public ProgressOverview progress(Predicate<String> visible, boolean provinceWide, String formerProvince) {
        Map<String, Agency> byCode = agenciesByCode();
        List<ProgressOverview.Point> province = new ArrayList<>();
        Map<String, List<ProgressOverview.Point>> byLocality = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        Summary latest = null;
        Summary last = null;
        Map<PolicyArea, ReportFigures.Reach> latestOwnReach = null;
        List<ReportingPeriods.Period> periods = store.periods()
            .stream()
            .sorted(Comparator.comparing(ReportingPeriods.Period::cutOffTo)
                .thenComparing(ReportingPeriods.Period::code))
            .toList();
        for (ReportingPeriods.Period period : periods) {
            Summary summary = summary(period.code(), formerProvince).orElseThrow();
            last = summary;
            String label = periodLabelOf(period.code());
            Totals t = summary.totals();
            province.add(new ProgressOverview.Point(period.code(), label, period.cutOffTo(),
                    t.reportsAccepted() == 0 ? null : t.poorHouseholds(),
                    t.reportsAccepted() == 0 ? null : t.nearPoorHouseholds(), t.reportsAccepted(),
                    t.reportsExpected()));
            if (t.reportsAccepted() > 0) {
                latest = summary;
            }
            for (ReportingStore.Row row : store.reports(period.code())) {
                if (!visible.test(row.agencyCode())
                        || formerProvince != null && !formerProvince.equals(areaOf(byCode, row.agencyCode()))) {
                    continue;
                }
                boolean accepted = row.status() == ReportStatus.ACCEPTED;
                names.put(row.agencyCode(), nameOf(byCode, row.agencyCode()));
                ReportFigures f = row.figures();
                byLocality.computeIfAbsent(row.agencyCode(), code -> new ArrayList<>())
                    .add(new ProgressOverview.Point(period.code(), label, period.cutOffTo(),
                            accepted ? widen(f.poorHouseholds()) : null,
                            accepted ? widen(f.nearPoorHouseholds()) : null, accepted ? 1 : 0, 1));
                if (accepted && !provinceWide) {
                    latestOwnReach = f.reached();
                }
            }
        }
        List<ProgressOverview.Locality> localities = byLocality.entrySet()
            .stream()
            .map(entry -> new ProgressOverview.Locality(entry.getKey(), names.get(entry.getKey()), entry.getValue()))
            .toList();
        Map<PolicyArea, Progress.Coverage> coverage = null;
        String coveragePeriod = null;
        if (provinceWide && latest != null) {
            coverage = latest.targets().coverage();
            coveragePeriod = latest.period();
        }
        else if (!provinceWide && latestOwnReach != null) {
            Map<PolicyArea, ReportFigures.Reach> own = latestOwnReach;
            coverage = new EnumMap<>(PolicyArea.class);
            for (PolicyArea area : PolicyArea.values()) {
                coverage.put(area, Progress.Coverage.of(own.get(area)));
            }
            coveragePeriod = localities.stream()
                .flatMap(l -> l.points().stream())
                .filter(p -> p.reportsAccepted() > 0)
                .map(ProgressOverview.Point::period)
                .reduce((a, b) -> b)
                .orElse(null);
        }
        List<ProgressOverview.PolicyCoverage> lines = coverage == null ? List.of()
                : coverage.entrySet()
                    .stream()
                    .map(entry -> new ProgressOverview.PolicyCoverage(entry.getKey(), entry.getKey().label(),
                            entry.getValue().poorPercent(), entry.getValue().nearPoorPercent(),
                            entry.getValue().percent(), entry.getValue().met()))
                    .toList();
        // measured as the latest period's figures are: against a baseline that fits the
        // view
        Goal goal = last != null ? new Goal(last.baseline(), last.targets().poorTargetCeiling())
                : goal(LocalDate.now(clock).getYear(),
                        area -> area == null || area.equals(formerProvince) || formerProvince == null);
        Baseline base = goal.baseline();
        return new ProgressOverview(
                provinceWide && base.year() != null ? new ProgressOverview.Baseline(base.year(), base.poorHouseholds(),
                        base.nearPoorHouseholds(), base.targetYear()) : null,
                provinceWide ? goal.poorCeiling() : null, provinceWide ? province : List.of(), localities,
                coveragePeriod, lines);
    }

    private Map<String, Agency> agenciesByCode() {
        Map<String, Agency> byCode = new HashMap<>();
        directory.agencies().forEach(agency -> byCode.put(agency.code(), agency));
        return byCode;
    }

    private static String nameOf(Map<String, Agency> byCode, String code) {
        Agency agency = byCode.get(code);
        return agency == null ? code : agency.name();
    }

    private static String areaOf(Map<String, Agency> byCode, String code) {
        Agency agency = byCode.get(code);
        return agency == null ? null : agency.formerProvince();
    }

    private static Long widen(Integer value) {
        return value == null ? null : value.longValue();
    }

    @Transactional(readOnly = true)
    List<ReportingPeriods.Period> periods() {
        return store.periods();
    }

    /**
     * The agency's reports still to be sent or checked, as a succession sees them: (id,
     * period).
     */
    List<Map.Entry<Long, String>> openReportsOf(String agencyCode) {
        return store.openReportsOf(agencyCode);
    }

    /**
     * Hands an open report on in a succession: to one successor (it answers this report,
     * unless it has its own for the period), or to several (each reports for its part,
     * and this one is withdrawn), or to none (withdrawn: the coordinator decides who
     * reports).
     */
    void handOn(long reportId, List<String> agencies, String note) {
        ReportingStore.Row report = store.report(reportId).orElseThrow();
        ReportingPeriods.Period period = store.period(report.periodCode()).orElseThrow();
        if (agencies.size() == 1 && !store.hasReport(period.code(), agencies.get(0))) {
            store.moveReport(reportId, agencies.get(0));
            directory.moveInstance(report.processInstanceId(), report.agencyCode(), agencies.get(0));
            return;
        }
        for (String agency : agencies) {
            if (!store.hasReport(period.code(), agency)) {
                start(period, agency);
            }
        }
        store.withdraw(reportId, note + (agencies.isEmpty() ? ": trả về cơ quan thường trực"
                : ": báo cáo do " + String.join(", ", agencies) + " gửi"));
        if (runtime.createProcessInstanceQuery().processInstanceId(report.processInstanceId()).count() > 0) {
            runtime.deleteProcessInstance(report.processInstanceId(), "Cơ quan báo cáo đã kết thúc hoạt động", true);
        }
        if (store.reports(period.code()).stream().allMatch(row -> row.status() == ReportStatus.ACCEPTED)) {
            runtime.createMessageCorrelation(ReportingRoundProcess.MESSAGE_ALL_REPORTS_ACCEPTED)
                .processInstanceBusinessKey(period.code())
                .correlateAll();
        }
        log.info("Report {} of {} handed on to {}", reportId, report.agencyCode(), agencies);
    }

}
