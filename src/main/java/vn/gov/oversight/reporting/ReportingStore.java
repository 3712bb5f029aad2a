package vn.gov.oversight.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The reporting tables. */
@Repository
class ReportingStore {

    private final JdbcClient jdbc;

    ReportingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean periodExists(String code) {
        return jdbc.sql("select count(*) from reporting_period where code = ?")
            .param(code)
            .query(Long.class)
            .single() > 0;
    }

    void insertPeriod(ReportingPeriods.Period period, String openedBy) {
        jdbc.sql(
                """
                        insert into reporting_period (code, kind, cut_off_from, cut_off_to, reporters_due_date, due_date, opened_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
            .params(period.code(), period.kind().name(), period.cutOffFrom(), period.cutOffTo(),
                    period.reportersDueDate(), period.dueDate(), openedBy)
            .update();
    }

    Optional<ReportingPeriods.Period> period(String code) {
        return jdbc.sql("select * from reporting_period where code = ?")
            .param(code)
            .query(ReportingStore::period)
            .optional();
    }

    List<ReportingPeriods.Period> periods() {
        return jdbc.sql("select * from reporting_period order by due_date desc, code")
            .query(ReportingStore::period)
            .list();
    }

    private static ReportingPeriods.Period period(ResultSet rs, int row) throws SQLException {
        return new ReportingPeriods.Period(rs.getString("code"), RegimeKind.valueOf(rs.getString("kind")),
                rs.getObject("cut_off_from", LocalDate.class), rs.getObject("cut_off_to", LocalDate.class),
                rs.getObject("reporters_due_date", LocalDate.class), rs.getObject("due_date", LocalDate.class));
    }

    void setRound(String code, String processInstanceId) {
        jdbc.sql("update reporting_period set round_process_instance_id = ? where code = ?")
            .params(processInstanceId, code)
            .update();
    }

    void consolidated(String code, Reports.Sections sections, String by, Instant at) {
        jdbc.sql("""
                update reporting_period set consolidated_results = ?, consolidated_difficulties = ?,
                       consolidated_proposals = ?, consolidated_by = ?, consolidated_at = ? where code = ?
                """)
            .params(sections.results(), sections.difficulties(), sections.proposals(), by, utc(at), code)
            .update();
    }

    void receivedByCommittee(String code, Instant at) {
        jdbc.sql("update reporting_period set received_by_committee_at = ? where code = ?")
            .params(utc(at), code)
            .update();
    }

    /**
     * The period's consolidation: the coordinator's three sections (a period consolidated
     * before there were three has its one narrative as the results and nothing in the
     * others) and when, and when the committee received it.
     */
    record Consolidation(String results, String difficulties, String proposals, String by, Instant at,
            Instant receivedByCommitteeAt) {
    }

    Optional<Consolidation> consolidation(String code) {
        return jdbc.sql("select * from reporting_period where code = ? and consolidated_at is not null")
            .param(code)
            .query((rs, n) -> new Consolidation(rs.getString("consolidated_results"),
                    rs.getString("consolidated_difficulties"), rs.getString("consolidated_proposals"),
                    rs.getString("consolidated_by"), instant(rs, "consolidated_at"),
                    instant(rs, "received_by_committee_at")))
            .optional();
    }

    /** The agency's reports still to be sent or checked: (id, period). */
    List<Map.Entry<Long, String>> openReportsOf(String agencyCode) {
        return jdbc.sql("""
                select id, period_code from periodic_report
                 where agency_code = ? and status in ('OPEN', 'SUBMITTED') order by id
                """)
            .param(agencyCode)
            .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("period_code")))
            .list();
    }

    boolean hasReport(String periodCode, String agencyCode) {
        return jdbc.sql("""
                select count(*) from periodic_report where period_code = ? and agency_code = ? and status <> 'WITHDRAWN'
                """).params(periodCode, agencyCode).query(Long.class).single() > 0;
    }

    void moveReport(long id, String agencyCode) {
        jdbc.sql("update periodic_report set agency_code = ? where id = ?").params(agencyCode, id).update();
    }

    void withdraw(long id, String reason) {
        jdbc.sql("update periodic_report set status = 'WITHDRAWN', withdrawn_reason = ? where id = ?")
            .params(reason, id)
            .update();
    }

    long insertReport(String periodCode, String agencyCode, ReportContent content) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into periodic_report (period_code, agency_code, status, business_key, content)
                values (:period, :agency, 'OPEN', :key, :content)""")
            .param("period", periodCode)
            .param("agency", agencyCode)
            .param("content", content.name())
            .param("key", Reports.businessKey(periodCode, agencyCode))
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Long> periodIdOf(String code) {
        return jdbc.sql("select id from reporting_period where code = ?").param(code).query(Long.class).optional();
    }

    Optional<Long> reportIdOf(String businessKey) {
        return jdbc.sql("select id from periodic_report where business_key = ?")
            .param(businessKey)
            .query(Long.class)
            .optional();
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update periodic_report set process_instance_id = ? where id = ?")
            .params(processInstanceId, id)
            .update();
    }

    void submitted(long id, ReportFigures figures, Instant at) {
        jdbc.sql("""
                update periodic_report set status = 'SUBMITTED', total_households = ?, poor_households = ?,
                       near_poor_households = ?, exited_poverty = ?, newly_poor = ?, budget_allocated = ?,
                       budget_disbursed = ?, narrative = ?, submitted_at = ?, poor_at_start = ?, near_poor_at_start = ?,
                       re_poor = ?, near_poor_exited = ?, newly_near_poor = ?, ethnic_minority_poor = ?,
                       ethnic_minority_near_poor = ?, explanation = ?
                 where id = ?
                """)
            .params(figures.totalHouseholds(), figures.poorHouseholds(), figures.nearPoorHouseholds(),
                    figures.exitedPoverty(), figures.newlyPoor(), figures.budgetAllocated(), figures.budgetDisbursed(),
                    figures.narrative(), utc(at), figures.poorAtStart(), figures.nearPoorAtStart(), figures.rePoor(),
                    figures.nearPoorExited(), figures.newlyNearPoor(), figures.ethnicMinorityPoor(),
                    figures.ethnicMinorityNearPoor(), figures.explanation(), id)
            .update();
        jdbc.sql("delete from periodic_report_deficit where report_id = ?").param(id).update();
        (figures.deficits() == null ? Map.<Deprivation, Integer>of() : figures.deficits())
            .forEach((indicator, households) -> jdbc
                .sql("insert into periodic_report_deficit (report_id, indicator, households) values (?, ?, ?)")
                .params(id, indicator.name(), households)
                .update());
        jdbc.sql("delete from periodic_report_reach where report_id = ?").param(id).update();
        figures.reached()
            .forEach((area, reach) -> jdbc
                .sql("""
                        insert into periodic_report_reach (report_id, policy_area, poor_reached, near_poor_reached, poor_eligible,
                                                           near_poor_eligible) values (?, ?, ?, ?, ?, ?)
                        """)
                .params(id, area.name(), reach.poorReached(), reach.nearPoorReached(), reach.poorEligible(),
                        reach.nearPoorEligible())
                .update());
    }

    void accepted(long id, Instant at, ReportStatus.Outcome outcome) {
        jdbc.sql("update periodic_report set status = 'ACCEPTED', accepted_at = ?, outcome = ? where id = ?")
            .params(utc(at), outcome.name(), id)
            .update();
    }

    /** A report as stored, with its figures when submitted. */
    record Row(long id, String periodCode, String agencyCode, String processInstanceId, ReportStatus status,
            ReportContent content, ReportFigures figures, Instant submittedAt, Instant acceptedAt,
            ReportStatus.Outcome outcome) {
    }

    Optional<Row> report(long id) {
        Map<Long, Map<PolicyArea, ReportFigures.Reach>> reach = reach("r.report_id = ?", id);
        Map<Long, Map<Deprivation, Integer>> deficits = deficits("d.report_id = ?", id);
        return jdbc.sql("select * from periodic_report where id = ?")
            .param(id)
            .query((rs, n) -> row(rs, reach, deficits))
            .optional();
    }

    List<Row> reports(String periodCode) {
        // the reach and deficits of every report of the period in one query each, not one
        // per report
        String ofPeriod = "report_id in (select id from periodic_report where period_code = ?)";
        Map<Long, Map<PolicyArea, ReportFigures.Reach>> reach = reach("r." + ofPeriod, periodCode);
        Map<Long, Map<Deprivation, Integer>> deficits = deficits("d." + ofPeriod, periodCode);
        return jdbc
            .sql("select * from periodic_report where period_code = ? and status <> 'WITHDRAWN' order by agency_code")
            .param(periodCode)
            .query((rs, n) -> row(rs, reach, deficits))
            .list();
    }

    /**
     * Where a locality's previous accepted household report ended: the latest whose data
     * end before this report's start (the six-month and the annual report start on the
     * same day, from the previous year's end).
     */
    Optional<FigureRules.Previous> previousAccepted(Row report) {
        return jdbc.sql("""
                select p.code, r.poor_households, r.near_poor_households
                  from periodic_report r join reporting_period p on p.code = r.period_code
                 where r.agency_code = :agency and r.status = 'ACCEPTED' and r.content = 'HOUSEHOLDS'
                   and r.poor_households is not null
                   and p.cut_off_to < (select cut_off_from from reporting_period where code = :period)
                 order by p.cut_off_to desc, p.code desc
                """)
            .param("agency", report.agencyCode())
            .param("period", report.periodCode())
            .query((rs, n) -> new FigureRules.Previous(rs.getString("code"), rs.getInt("poor_households"),
                    rs.getInt("near_poor_households")))
            .list()
            .stream()
            .findFirst();
    }

    private Map<Long, Map<Deprivation, Integer>> deficits(String condition, Object param) {
        Map<Long, Map<Deprivation, Integer>> deficits = new HashMap<>();
        jdbc.sql("select * from periodic_report_deficit d where " + condition).param(param).query(r -> {
            deficits.computeIfAbsent(r.getLong("report_id"), id -> new EnumMap<>(Deprivation.class))
                .put(Deprivation.valueOf(r.getString("indicator")), r.getInt("households"));
        });
        return deficits;
    }

    private Map<Long, Map<PolicyArea, ReportFigures.Reach>> reach(String condition, Object param) {
        Map<Long, Map<PolicyArea, ReportFigures.Reach>> reach = new HashMap<>();
        jdbc.sql("select * from periodic_report_reach r where " + condition).param(param).query(r -> {
            reach.computeIfAbsent(r.getLong("report_id"), id -> new EnumMap<>(PolicyArea.class))
                .put(PolicyArea.valueOf(r.getString("policy_area")),
                        new ReportFigures.Reach(integer(r, "poor_reached"), integer(r, "near_poor_reached"),
                                integer(r, "poor_eligible"), integer(r, "near_poor_eligible")));
        });
        return reach;
    }

    private static Row row(ResultSet rs, Map<Long, Map<PolicyArea, ReportFigures.Reach>> reach,
            Map<Long, Map<Deprivation, Integer>> deficits) throws SQLException {
        long id = rs.getLong("id");
        Map<PolicyArea, ReportFigures.Reach> reached = reach.getOrDefault(id, new EnumMap<>(PolicyArea.class));
        ReportFigures figures = new ReportFigures(integer(rs, "total_households"), integer(rs, "poor_households"),
                integer(rs, "near_poor_households"), integer(rs, "exited_poverty"), integer(rs, "newly_poor"), reached,
                longValue(rs, "budget_allocated"), longValue(rs, "budget_disbursed"), rs.getString("narrative"),
                integer(rs, "poor_at_start"), integer(rs, "near_poor_at_start"), integer(rs, "re_poor"),
                integer(rs, "near_poor_exited"), integer(rs, "newly_near_poor"), integer(rs, "ethnic_minority_poor"),
                integer(rs, "ethnic_minority_near_poor"), deficits.getOrDefault(id, new EnumMap<>(Deprivation.class)),
                rs.getString("explanation"));
        return new Row(id, rs.getString("period_code"), rs.getString("agency_code"),
                rs.getString("process_instance_id"), ReportStatus.valueOf(rs.getString("status")),
                ReportContent.valueOf(rs.getString("content")), figures, instant(rs, "submitted_at"),
                instant(rs, "accepted_at"),
                rs.getString("outcome") == null ? null : ReportStatus.Outcome.valueOf(rs.getString("outcome")));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Long longValue(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

}
