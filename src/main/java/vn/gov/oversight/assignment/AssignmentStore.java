package vn.gov.oversight.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The assignment tables. */
@Repository
class AssignmentStore {

    private static final String SELECT = "select * from assignment";

    private final JdbcClient jdbc;

    AssignmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(AssignmentRequest request, String businessKey) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                """
                        insert into assignment (plan_id, plan_code, task_code, task_title, task_group, agency_code, coordinating_agencies,
                                                business_key, stage, due_date, round)
                        values (:planId, :planCode, :taskCode, :title, :group, :agency, :coordinating, :businessKey, :stage, :due,
                                :round)
                        """)
            .param("planId", request.planId())
            .param("planCode", request.planCode())
            .param("taskCode", request.taskCode())
            .param("title", request.taskTitle())
            .param("group", request.taskGroup())
            .param("agency", request.agencyCode())
            .param("coordinating", String.join(",", request.coordinatingAgencies()))
            .param("businessKey", businessKey)
            .param("stage", AssignmentStage.ASSIGNED.name())
            .param("due", request.dueDate())
            .param("round", request.round())
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Those of these business keys that some assignment has. */
    Set<String> existingKeys(List<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select business_key from assignment where business_key in (:keys)")
            .param("keys", keys)
            .query(String.class)
            .list());
    }

    void setProcessInstance(long id, String processInstanceId) {
        update("process_instance_id = ?", id, processInstanceId);
    }

    void setStage(long id, AssignmentStage stage, Instant dueAt) {
        jdbc.sql("update assignment set stage = ?, stage_due_at = ?, updated_at = current_timestamp where id = ?")
            .params(stage.name(), dueAt == null ? null : OffsetDateTime.ofInstant(dueAt, ZoneOffset.UTC), id)
            .update();
    }

    void setDueDate(long id, LocalDate dueDate) {
        update("due_date = ?", id, dueDate);
    }

    void setOfficer(long id, String userId) {
        update("officer_user_id = ?", id, userId);
    }

    void setDraftSummary(long id, String summary) {
        update("draft_summary = ?", id, summary);
    }

    void setResultSummary(long id, String summary) {
        update("result_summary = ?", id, summary);
    }

    void setLocalPlan(long id, Assignment.LocalPlan plan) {
        jdbc.sql("""
                update assignment set local_plan_number = ?, local_plan_issued_on = ?, local_plan_signer = ?,
                       local_plan_link = ?, updated_at = current_timestamp where id = ?
                """).params(plan.documentNumber(), plan.issuedOn(), plan.signer(), plan.documentLink(), id).update();
    }

    void setDone(long id, LocalDate completedOn, Assignment.Outcome outcome) {
        jdbc.sql("""
                update assignment set stage = ?, stage_due_at = null, completed_on = ?, outcome = ?,
                       updated_at = current_timestamp where id = ?
                """).params(AssignmentStage.DONE.name(), completedOn, outcome.name(), id).update();
    }

    /** The agency's assignments that have not ended. */
    List<Assignment> openOf(String agencyCode) {
        return jdbc.sql(SELECT + " where agency_code = ? and stage not in (?, ?, ?) order by id")
            .params(agencyCode, AssignmentStage.DONE.name(), AssignmentStage.TRANSFERRED.name(),
                    AssignmentStage.CANCELLED.name())
            .query(AssignmentStore::assignment)
            .list();
    }

    void setAgency(long id, String agencyCode, boolean awaitingReassignment) {
        jdbc.sql("""
                update assignment set agency_code = ?, awaiting_reassignment = ?, updated_at = current_timestamp
                 where id = ?
                """).params(agencyCode, awaitingReassignment, id).update();
    }

    void setTransferred(long id) {
        jdbc.sql("""
                update assignment set stage = ?, stage_due_at = null, awaiting_reassignment = false,
                       updated_at = current_timestamp where id = ?
                """).params(AssignmentStage.TRANSFERRED.name(), id).update();
    }

    boolean awaitingReassignment(long id) {
        return jdbc.sql("select awaiting_reassignment from assignment where id = ?")
            .param(id)
            .query(Boolean.class)
            .single();
    }

    void setCancelled(long id, LocalDate cancelledOn, String reason) {
        jdbc.sql("""
                update assignment set stage = ?, stage_due_at = null, cancelled_on = ?, cancel_reason = ?,
                       updated_at = current_timestamp where id = ?
                """).params(AssignmentStage.CANCELLED.name(), cancelledOn, reason, id).update();
    }

    /** A new lead agency: the officer the old one named is no longer in charge. */
    void setLeadAgency(long id, String agencyCode) {
        jdbc.sql("""
                update assignment set agency_code = ?, officer_user_id = null, updated_at = current_timestamp
                 where id = ?""").params(agencyCode, id).update();
    }

    Optional<Long> idOf(String businessKey) {
        return jdbc.sql("select id from assignment where business_key = ?")
            .param(businessKey)
            .query(Long.class)
            .optional();
    }

    Optional<Assignment> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(AssignmentStore::assignment).optional();
    }

    List<Assignment> ofPlan(long planId) {
        return jdbc.sql(SELECT + " where plan_id = ? order by id")
            .param(planId)
            .query(AssignmentStore::assignment)
            .list();
    }

    /**
     * See {@link Assignments#tally}: one aggregate over the table, grouped as the board
     * filters.
     */
    List<Assignments.Tally> tally(Instant now, LocalDate overdueThrough, Instant dueSoonUntil,
            LocalDate dueSoonThrough) {
        String overdue = "(due_date <= :overdueThrough or (stage_due_at is not null and stage_due_at < :now))";
        String dueSoon = "(due_date <= :dueSoonThrough or (stage_due_at is not null and stage_due_at <= :dueSoonUntil))";
        return jdbc.sql("""
                select agency_code, plan_code, task_group, extract(year from due_date) as due_year,
                       extract(month from due_date) as due_month,
                       sum(case when outcome is null then 1 else 0 end) as open_count,
                       sum(case when outcome is null and %1$s then 1 else 0 end) as overdue_count,
                       sum(case when outcome is null and not %1$s and %2$s then 1 else 0 end) as due_soon_count,
                       sum(case when outcome = 'DONE_ON_TIME' then 1 else 0 end) as on_time_count,
                       sum(case when outcome = 'DONE_LATE' then 1 else 0 end) as late_count
                  from assignment where stage not in ('TRANSFERRED', 'CANCELLED')
                 group by agency_code, plan_code, task_group, extract(year from due_date), extract(month from due_date)
                """.formatted(overdue, dueSoon))
            .param("overdueThrough", overdueThrough)
            .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .param("dueSoonThrough", dueSoonThrough)
            .param("dueSoonUntil", OffsetDateTime.ofInstant(dueSoonUntil, ZoneOffset.UTC))
            .query((rs, n) -> new Assignments.Tally(rs.getString("agency_code"), rs.getString("plan_code"),
                    rs.getString("task_group"), rs.getInt("due_year"), rs.getInt("due_month"), rs.getLong("open_count"),
                    rs.getLong("overdue_count"), rs.getLong("due_soon_count"), rs.getLong("on_time_count"),
                    rs.getLong("late_count")))
            .list();
    }

    /** See {@link Assignments#counted}. */
    Map<Long, String> counted(String planCode, String group, LocalDate dueFrom, LocalDate dueTo) {
        Map<Long, String> agencies = new HashMap<>();
        jdbc.sql("""
                select id, agency_code from assignment where stage not in ('TRANSFERRED', 'CANCELLED')
                   and (cast(:plan as varchar(64)) is null or plan_code = :plan)
                   and (cast(:taskGroup as varchar(500)) is null or task_group = :taskGroup)
                   and due_date between :dueFrom and :dueTo
                """)
            .param("plan", planCode)
            .param("taskGroup", group)
            .param("dueFrom", dueFrom)
            .param("dueTo", dueTo)
            .query(rs -> {
                agencies.put(rs.getLong("id"), rs.getString("agency_code"));
            });
        return agencies;
    }

    List<Assignment> search(String planCode, String agencyCode, AssignmentStage stage) {
        StringBuilder sql = new StringBuilder(SELECT + " where 1 = 1");
        var params = new ArrayList<Object>();
        if (planCode != null) {
            sql.append(" and plan_code = ?");
            params.add(planCode);
        }
        if (agencyCode != null) {
            sql.append(" and agency_code = ?");
            params.add(agencyCode);
        }
        if (stage != null) {
            sql.append(" and stage = ?");
            params.add(stage.name());
        }
        return jdbc.sql(sql.append(" order by plan_code, task_code, agency_code").toString())
            .params(params)
            .query(AssignmentStore::assignment)
            .list();
    }

    void addEvent(long assignmentId, Instant at, String kind, AssignmentStage stage, String actor, String agency,
            String comment) {
        jdbc.sql("""
                insert into assignment_event (assignment_id, occurred_at, kind, stage, actor, agency_code, comment)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
            .params(assignmentId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), kind,
                    stage == null ? null : stage.name(), actor, agency, comment)
            .update();
    }

    List<Assignment.Event> events(long assignmentId) {
        return jdbc.sql("select * from assignment_event where assignment_id = ? order by occurred_at, id")
            .param(assignmentId)
            .query((rs, n) -> event(rs))
            .list();
    }

    /** The histories of many assignments in one query, by assignment id. */
    Map<Long, List<Assignment.Event>> events(Collection<Long> assignmentIds) {
        Map<Long, List<Assignment.Event>> events = new HashMap<>();
        if (assignmentIds.isEmpty()) {
            return events;
        }
        jdbc.sql("select * from assignment_event where assignment_id in (:ids) order by occurred_at, id")
            .param("ids", assignmentIds)
            .query(rs -> {
                events.computeIfAbsent(rs.getLong("assignment_id"), id -> new ArrayList<>()).add(event(rs));
            });
        return events;
    }

    private static Assignment.Event event(ResultSet rs) throws SQLException {
        return new Assignment.Event(instant(rs, "occurred_at"), rs.getString("kind"),
                rs.getString("stage") == null ? null : AssignmentStage.valueOf(rs.getString("stage")),
                rs.getString("actor"), rs.getString("agency_code"), rs.getString("comment"));
    }

    private void update(String assignment, long id, Object value) {
        jdbc.sql("update assignment set " + assignment + ", updated_at = current_timestamp where id = ?")
            .params(value, id)
            .update();
    }

    private static Assignment assignment(ResultSet rs, int row) throws SQLException {
        String coordinating = rs.getString("coordinating_agencies");
        String outcome = rs.getString("outcome");
        Assignment.LocalPlan localPlan = rs.getString("local_plan_number") == null ? null
                : new Assignment.LocalPlan(rs.getString("local_plan_number"),
                        rs.getObject("local_plan_issued_on", LocalDate.class), rs.getString("local_plan_signer"),
                        rs.getString("local_plan_link"));
        AssignmentStage stage = AssignmentStage.valueOf(rs.getString("stage"));
        return new Assignment(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_code"),
                rs.getString("task_code"), rs.getString("task_title"), rs.getString("task_group"),
                rs.getString("agency_code"),
                coordinating == null || coordinating.isEmpty() ? List.of() : Arrays.asList(coordinating.split(",")),
                rs.getString("business_key"), rs.getString("process_instance_id"), stage, stage.label(),
                instant(rs, "stage_due_at"), rs.getObject("due_date", LocalDate.class), rs.getString("officer_user_id"),
                localPlan, rs.getString("draft_summary"), rs.getString("result_summary"),
                rs.getObject("completed_on", LocalDate.class),
                outcome == null ? null : Assignment.Outcome.valueOf(outcome), rs.getInt("round"),
                rs.getObject("cancelled_on", LocalDate.class), rs.getString("cancel_reason"),
                rs.getBoolean("awaiting_reassignment"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

}
