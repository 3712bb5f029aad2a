package vn.gov.oversight.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.gov.oversight.system.PeopleDates;

/** The ladder's rungs and the escalations. */
@Repository
class EscalationStore {

    private static final ZoneId ZONE = PeopleDates.VIETNAM;

    private final JdbcClient jdbc;

    EscalationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- rungs

    boolean rungFired(LadderSubject subject, String stepKey, Instant dueAt, Rung rung) {
        return jdbc.sql("""
                select count(*) from ladder_rung
                 where subject_type = ? and subject_id = ? and step_key = ? and due_at = ? and rung = ?
                """)
            .params(subject.type(), subject.id(), stepKey, utc(dueAt), rung.name())
            .query(Long.class)
            .single() > 0;
    }

    void insertRung(LadderSubject subject, String stepKey, Instant dueAt, Rung rung, Instant firedAt) {
        jdbc.sql("""
                insert into ladder_rung (subject_type, subject_id, step_key, due_at, rung, agency_code, fired_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
            .params(subject.type(), subject.id(), stepKey, utc(dueAt), rung.name(), subject.agencyCode(), utc(firedAt))
            .update();
    }

    record FiredRung(String stepKey, Instant dueAt, Rung rung, Instant firedAt) {
    }

    List<FiredRung> rungs(String subjectType, long subjectId) {
        return jdbc.sql("""
                select step_key, due_at, rung, fired_at from ladder_rung
                 where subject_type = ? and subject_id = ? order by fired_at, id
                """)
            .params(subjectType, subjectId)
            .query((rs, n) -> new FiredRung(rs.getString("step_key"), instant(rs, "due_at"),
                    Rung.valueOf(rs.getString("rung")), instant(rs, "fired_at")))
            .list();
    }

    // --- escalations

    Optional<Long> escalationFor(LadderSubject subject, String stepKey, Instant dueAt) {
        return jdbc
            .sql("select id from escalation where subject_type = ? and subject_id = ? and step_key = ? and due_at = ?")
            .params(subject.type(), subject.id(), stepKey, utc(dueAt))
            .query(Long.class)
            .optional();
    }

    int nextLevel(LadderSubject subject) {
        return jdbc.sql("select coalesce(max(level), 0) + 1 from escalation where subject_type = ? and subject_id = ?")
            .params(subject.type(), subject.id())
            .query(Integer.class)
            .single();
    }

    long insertEscalation(LadderSubject subject, int level, String stepKey, Instant dueAt, Instant raisedAt,
            String subjectProcessInstanceId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into escalation (subject_type, subject_id, level, agency_code, plan_code, title, step_key,
                                        step_label, due_at, raised_at, subject_process_instance_id, status)
                values (:type, :id, :level, :agency, :plan, :title, :step, :label, :due, :raised, :pi, 'OPEN')
                """)
            .param("type", subject.type())
            .param("id", subject.id())
            .param("level", level)
            .param("agency", subject.agencyCode())
            .param("plan", subject.planCode())
            .param("title", subject.title())
            .param("step", stepKey)
            .param("label", subject.stepLabel())
            .param("due", utc(dueAt))
            .param("raised", utc(raisedAt))
            .param("pi", subjectProcessInstanceId)
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    void setReviewProcess(long id, String processInstanceId) {
        jdbc.sql("update escalation set review_process_instance_id = ? where id = ?")
            .params(processInstanceId, id)
            .update();
    }

    /**
     * The escalations of a subject not yet closed, with their review instances: id →
     * review instance id.
     */
    Map<Long, String> notClosed(String subjectType, long subjectId) {
        Map<Long, String> open = new LinkedHashMap<>();
        jdbc.sql("select id, review_process_instance_id from escalation where subject_type = ? and subject_id = ? "
                + "and status <> ? order by id")
            .params(subjectType, subjectId, Escalation.Status.CLOSED.name())
            .query(rs -> {
                open.put(rs.getLong("id"), rs.getString("review_process_instance_id"));
            });
        return open;
    }

    void decide(long id, Escalation.Decision decision, Escalation.Status status, String directive, LocalDate newDueDate,
            String closeReason, String decidedBy, Instant decidedAt) {
        jdbc.sql("""
                update escalation set decision = ?, status = ?, directive = ?, new_due_date = ?, close_reason = ?,
                       decided_by = ?, decided_at = ? where id = ?
                """)
            .params(decision.name(), status.name(), directive, newDueDate, closeReason, decidedBy, utc(decidedAt), id)
            .update();
    }

    void reportAccountability(long id, String report) {
        jdbc.sql("update escalation set accountability_report = ?, status = 'CLOSED' where id = ?")
            .params(report, id)
            .update();
    }

    Optional<Escalation> find(long id, Instant now) {
        return jdbc.sql("select * from escalation where id = ?")
            .param(id)
            .query((rs, n) -> escalation(rs, now))
            .optional();
    }

    Map<String, Long> unclosedByAgency(String planCode) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select agency_code, count(*) as n from escalation
                 where status <> 'CLOSED' and (cast(:plan as varchar(64)) is null or plan_code = :plan)
                 group by agency_code""").param("plan", planCode).query(rs -> {
            counts.put(rs.getString("agency_code"), rs.getLong("n"));
        });
        return counts;
    }

    List<Escalation> search(Escalation.Status status, String agency, String planCode, Instant now) {
        StringBuilder sql = new StringBuilder("select * from escalation where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status.name());
        }
        if (agency != null) {
            sql.append(" and agency_code = ?");
            params.add(agency);
        }
        if (planCode != null) {
            sql.append(" and plan_code = ?");
            params.add(planCode);
        }
        return jdbc.sql(sql.append(" order by raised_at desc, id desc").toString())
            .params(params)
            .query((rs, n) -> escalation(rs, now))
            .list();
    }

    private static Escalation escalation(ResultSet rs, Instant now) throws SQLException {
        Instant dueAt = instant(rs, "due_at");
        Instant decidedAt = instant(rs, "decided_at");
        LocalDate dueDate = dueAt.atZone(ZONE).toLocalDate();
        LocalDate until = (decidedAt != null ? decidedAt : now).atZone(ZONE).toLocalDate();
        String decision = rs.getString("decision");
        return new Escalation(rs.getLong("id"), rs.getString("subject_type"), rs.getLong("subject_id"),
                rs.getInt("level"), rs.getString("agency_code"), rs.getString("plan_code"), rs.getString("title"),
                rs.getString("step_key"), rs.getString("step_label"), dueAt, dueDate, instant(rs, "raised_at"),
                Math.max(0, ChronoUnit.DAYS.between(dueDate, until)), Escalation.Status.valueOf(rs.getString("status")),
                decision == null ? null : Escalation.Decision.valueOf(decision), rs.getString("directive"),
                rs.getObject("new_due_date", LocalDate.class), rs.getString("close_reason"),
                rs.getString("accountability_report"), rs.getString("decided_by"), decidedAt,
                rs.getString("subject_process_instance_id"), rs.getString("review_process_instance_id"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

}
