package vn.gov.oversight.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;

/**
 * The plans' targets (table {@code plan_target}): read by the consolidation and the
 * charts for the plan the reports serve ({@code oversight.reporting.plan}), entered by
 * the coordinator.
 */
@Service
@Transactional
class Targets {

    private final JdbcClient jdbc;

    private final String reportingPlan;

    Targets(JdbcClient jdbc, @Value("${oversight.reporting.plan:151/KH-UBND}") String reportingPlan) {
        this.jdbc = jdbc;
        this.reportingPlan = reportingPlan;
    }

    /**
     * What the coordinator enters: a target replaces the plan's one for the same
     * indicator and year.
     */
    record TargetRequest(String plan, Target.Indicator indicator, Integer year, BigDecimal baselineValue,
            Integer baselineYear, String baselineSource, BigDecimal targetValue, String targetRatio, String source,
            String area) {
    }

    @Transactional(readOnly = true)
    public List<Target> of(String plan) {
        return jdbc.sql(
                "select * from plan_target where (? is null or plan_code = ?) order by plan_code, indicator, target_year")
            .params(plan, plan)
            .query((rs, n) -> target(rs))
            .list();
    }

    /** The plan the reports serve. */
    String reportingPlan() {
        return reportingPlan;
    }

    /**
     * The target of the reporting plan that a period ending in {@code year} is measured
     * against, for a view of the province's figures: the first target year not before it,
     * else the last one. A target whose baseline was counted for one former province
     * applies only to a view of that province's figures.
     * @param applies whether a target counted for an area (null: the whole province) fits
     * the view
     */
    @Transactional(readOnly = true)
    Optional<Target> forYear(Target.Indicator indicator, int year, Predicate<String> applies) {
        List<Target> targets = of(reportingPlan).stream()
            .filter(target -> target.indicator() == indicator && applies.test(target.area()))
            .sorted(Comparator.comparingInt(Target::year))
            .toList();
        return targets.stream()
            .filter(target -> target.year() >= year)
            .findFirst()
            .or(() -> targets.isEmpty() ? Optional.empty() : Optional.of(targets.get(targets.size() - 1)));
    }

    Target save(TargetRequest request, String by) {
        validate(request);
        jdbc.sql("delete from plan_target where plan_code = ? and indicator = ? and target_year = ?")
            .params(request.plan().strip(), request.indicator().name(), request.year())
            .update();
        jdbc.sql(
                """
                        insert into plan_target (plan_code, indicator, target_year, baseline_value, baseline_year, baseline_source,
                                                 target_value, target_ratio, source, updated_by, area)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
            .params(request.plan().strip(), request.indicator().name(), request.year(), request.baselineValue(),
                    request.baselineYear(), request.baselineSource(), request.targetValue(),
                    request.targetRatio() == null ? null : request.targetRatio().strip(), request.source(), by,
                    request.area() == null || request.area().isBlank() ? null : request.area().strip())
            .update();
        return of(request.plan().strip()).stream()
            .filter(target -> target.indicator() == request.indicator() && target.year() == request.year())
            .findFirst()
            .orElseThrow();
    }

    private static void validate(TargetRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.plan() == null || request.plan().isBlank()) {
            problems.add(new FieldProblem("plan", "Chưa nhập số hiệu kế hoạch"));
        }
        if (request.indicator() == null) {
            problems.add(new FieldProblem("indicator",
                    "Chưa chọn chỉ tiêu (số hộ nghèo, số hộ cận nghèo hoặc tỷ lệ bao phủ chính sách)"));
        }
        if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
            problems.add(new FieldProblem("year", "Năm của chỉ tiêu phải từ 2000 đến 2100"));
        }
        if (request.baselineValue() != null && request.baselineValue().signum() < 0) {
            problems.add(new FieldProblem("baselineValue", "Giá trị năm gốc không được âm"));
        }
        if (request.baselineValue() != null && (request.baselineYear() == null
                || request.year() != null && request.baselineYear() > request.year())) {
            problems.add(new FieldProblem("baselineYear", "Năm gốc phải có và không sau năm của chỉ tiêu"));
        }
        if (request.area() != null && !request.area().isBlank()
                && !request.area().strip().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add(new FieldProblem("area", "Mã tỉnh cũ của năm gốc chỉ gồm chữ thường không dấu, chữ số và dấu "
                    + "gạch ngang (ví dụ ninh-binh), hoặc để trống cho toàn tỉnh"));
        }
        if (request.targetValue() != null && request.targetRatio() != null) {
            problems.add(new FieldProblem("targetRatio",
                    "Chỉ nhập một trong hai: giá trị chỉ tiêu hoặc tỷ lệ so với năm gốc"));
        }
        if (request.targetValue() != null && request.targetValue().signum() < 0) {
            problems.add(new FieldProblem("targetValue", "Giá trị chỉ tiêu không được âm"));
        }
        if (request.targetRatio() != null && !TargetRatios.valid(request.targetRatio().strip())) {
            problems.add(new FieldProblem("targetRatio",
                    "Tỷ lệ so với năm gốc viết dạng phân số (1/3) hoặc số thập phân (0.5), không phải '"
                            + request.targetRatio() + "'"));
        }
        if (request.targetRatio() != null && request.baselineValue() == null) {
            problems.add(new FieldProblem("baselineValue", "Chỉ tiêu tính theo tỷ lệ cần giá trị năm gốc"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static Target target(ResultSet rs) throws SQLException {
        return new Target(rs.getLong("id"), rs.getString("plan_code"),
                Target.Indicator.valueOf(rs.getString("indicator")), rs.getInt("target_year"),
                rs.getBigDecimal("baseline_value"), (Integer) rs.getObject("baseline_year", Integer.class),
                rs.getString("baseline_source"), rs.getBigDecimal("target_value"), rs.getString("target_ratio"),
                rs.getString("source"), rs.getString("area"));
    }

}
