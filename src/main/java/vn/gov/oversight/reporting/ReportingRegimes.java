package vn.gov.oversight.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.organization.AgencyKind;
import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;

/**
 * The reporting regimes (table {@code reporting_regime}): read when a period is opened
 * and by the scheduler, changed by the coordinator. A change applies to the periods
 * opened after it; open periods keep their dates.
 */
@Service
@Transactional
class ReportingRegimes {

    /**
     * The kinds of agency that can report; the committees receive reports, they do not
     * send them.
     */
    private static final Set<AgencyKind> REPORTING_KINDS = Set.of(AgencyKind.DEPARTMENT, AgencyKind.LOCAL_COMMITTEE,
            AgencyKind.MASS_ORGANISATION, AgencyKind.OTHER);

    private final JdbcClient jdbc;

    ReportingRegimes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What the coordinator sends to change a regime; the deadlines only for the regular
     * regimes.
     */
    record RegimeRequest(List<AgencyKind> reporters, Boolean steeringCommitteeReceives, Boolean scheduled,
            Integer reportersDueDay, Integer provinceDueDay, String legalBasis) {
    }

    @Transactional(readOnly = true)
    public List<ReportingRegime> all() {
        return jdbc.sql("select * from reporting_regime")
            .query((rs, n) -> new ReportingRegime(RegimeKind.valueOf(rs.getString("kind")),
                    RegimeKind.valueOf(rs.getString("kind")).label(),
                    Arrays.stream(rs.getString("reporters").split(","))
                        .map(String::strip)
                        .map(AgencyKind::valueOf)
                        .toList(),
                    rs.getBoolean("steering_committee_receives"), rs.getBoolean("scheduled"),
                    (Integer) rs.getObject("reporters_due_day", Integer.class),
                    (Integer) rs.getObject("province_due_day", Integer.class), rs.getString("legal_basis")))
            .list()
            .stream()
            .sorted((a, b) -> a.kind().compareTo(b.kind()))
            .toList();
    }

    @Transactional(readOnly = true)
    public ReportingRegime of(RegimeKind kind) {
        return all().stream()
            .filter(regime -> regime.kind() == kind)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No reporting regime " + kind));
    }

    ReportingRegime save(RegimeKind kind, RegimeRequest request, String by) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.reporters() == null || request.reporters().isEmpty()) {
            problems.add(new FieldProblem("reporters", "Chưa chọn loại cơ quan báo cáo"));
        }
        else {
            for (int i = 0; i < request.reporters().size(); i++) {
                AgencyKind reporter = request.reporters().get(i);
                if (reporter == null || !REPORTING_KINDS.contains(reporter)) {
                    problems
                        .add(new FieldProblem("reporters[" + i + "]", "Cơ quan báo cáo là sở, ngành, Ủy ban nhân dân "
                                + "cấp xã, Mặt trận Tổ quốc, đoàn thể hoặc cơ quan khác; Ban Chỉ đạo và Ủy ban nhân dân tỉnh "
                                + "nhận báo cáo"));
                }
            }
        }
        if (request.steeringCommitteeReceives() == null) {
            problems.add(new FieldProblem("steeringCommitteeReceives",
                    "Chưa chọn Ban Chỉ đạo có nhận báo cáo tổng hợp hay không"));
        }
        boolean scheduled = Boolean.TRUE.equals(request.scheduled());
        if (kind.isRegular()) {
            dayProblem("reportersDueDay", "Hạn các cơ quan gửi báo cáo", request.reportersDueDay(), problems);
            dayProblem("provinceDueDay", "Hạn tỉnh gửi báo cáo", request.provinceDueDay(), problems);
            if (request.reportersDueDay() != null && request.provinceDueDay() != null
                    && request.reportersDueDay() >= request.provinceDueDay()) {
                problems.add(new FieldProblem("reportersDueDay",
                        "Hạn các cơ quan gửi báo cáo (ngày " + request.reportersDueDay()
                                + ") phải trước hạn tỉnh gửi báo cáo (ngày " + request.provinceDueDay()
                                + ") để Cơ quan thường trực kịp tổng hợp"));
            }
        }
        else {
            if (request.reportersDueDay() != null || request.provinceDueDay() != null) {
                problems.add(new FieldProblem("reportersDueDay", kind.label() + " không có hạn cố định: hạn gửi ghi "
                        + "trong văn bản yêu cầu báo cáo, nhập khi mở kỳ"));
            }
            if (scheduled) {
                problems
                    .add(new FieldProblem("scheduled", kind.label() + " không mở tự động: kỳ được mở khi có yêu cầu"));
            }
        }
        if (request.legalBasis() != null && request.legalBasis().length() > 1000) {
            problems.add(new FieldProblem("legalBasis", "Căn cứ pháp lý dài quá 1.000 ký tự"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<AgencyKind> reporters = List.copyOf(new LinkedHashSet<>(request.reporters()));
        jdbc.sql("""
                update reporting_regime set reporters = ?, steering_committee_receives = ?, scheduled = ?,
                       reporters_due_day = ?, province_due_day = ?, legal_basis = coalesce(?, legal_basis),
                       updated_at = current_timestamp, updated_by = ?
                 where kind = ?""")
            .params(String.join(",", reporters.stream().map(Enum::name).toList()), request.steeringCommitteeReceives(),
                    scheduled, request.reportersDueDay(), request.provinceDueDay(),
                    request.legalBasis() == null ? null : request.legalBasis().strip(), by, kind.name())
            .update();
        return of(kind);
    }

    private static void dayProblem(String field, String label, Integer day, List<FieldProblem> problems) {
        if (day == null) {
            problems.add(new FieldProblem(field, "Chưa nhập " + label.toLowerCase() + " (ngày trong tháng cuối kỳ)"));
        }
        else if (day < ReportingPeriods.CUT_OFF_LAST_DAY + 1 || day > 30) {
            problems
                .add(new FieldProblem(field, label + " là một ngày từ 15 đến 30 của tháng cuối kỳ, sau ngày chốt số "
                        + "liệu 14, không phải ngày " + day));
        }
    }

}
