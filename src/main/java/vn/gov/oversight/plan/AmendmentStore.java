package vn.gov.oversight.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The amendment tables, and what amendments change in the plan's own tables. */
@Repository
class AmendmentStore {

    private final JdbcClient jdbc;

    AmendmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A task of a plan as an amendment sees it. */
    record TaskRow(long id, String code, LocalDate dueDate, Recurrence recurrence, Long cancelledBy) {

        boolean isCancelled() {
            return cancelledBy != null;
        }
    }

    boolean numberExists(long planId, String number) {
        return jdbc.sql("select count(*) from plan_amendment where plan_id = ? and number = ?")
            .params(planId, number)
            .query(Long.class)
            .single() > 0;
    }

    boolean reviewsLocalPlans(long planId) {
        return jdbc.sql("select review_local_plans from plan where id = ?").param(planId).query(Boolean.class).single();
    }

    Map<String, TaskRow> tasks(long planId) {
        Map<String, TaskRow> tasks = new LinkedHashMap<>();
        jdbc.sql(
                "select id, code, due_date, recurrence, cancelled_by_amendment_id from plan_task where plan_id = ? order by id")
            .param(planId)
            .query(rs -> {
                Long cancelled = rs.getObject("cancelled_by_amendment_id", Long.class);
                tasks.put(rs.getString("code"),
                        new TaskRow(rs.getLong("id"), rs.getString("code"), rs.getObject("due_date", LocalDate.class),
                                Recurrence.valueOf(rs.getString("recurrence")), cancelled));
            });
        return tasks;
    }

    Optional<TaskRow> task(long planId, String code) {
        return Optional.ofNullable(tasks(planId).get(code));
    }

    List<String> agencies(long taskId, String role) {
        return jdbc
            .sql("select agency_code from plan_task_agency where plan_task_id = ? and role = ? order by position")
            .params(taskId, role)
            .query(String.class)
            .list();
    }

    long insert(long planId, AmendmentDraft amendment, String createdBy) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into plan_amendment (plan_id, number, issued_on, summary, created_by)
                values (?, ?, ?, ?, ?)""")
            .params(planId, amendment.number().trim(), amendment.issuedOn(),
                    amendment.summary() == null ? "" : amendment.summary().trim(), createdBy)
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertChange(long amendmentId, int position, String kind, String taskCode, String description) {
        jdbc.sql("""
                insert into plan_amendment_change (amendment_id, position, kind, task_code, description)
                values (?, ?, ?, ?, ?)""").params(amendmentId, position, kind, taskCode, description).update();
    }

    void markAdded(long taskId, long amendmentId) {
        jdbc.sql("update plan_task set added_by_amendment_id = ? where id = ?").params(amendmentId, taskId).update();
    }

    void cancel(long taskId, long amendmentId, String reason) {
        jdbc.sql("update plan_task set cancelled_by_amendment_id = ?, cancel_reason = ? where id = ?")
            .params(amendmentId, reason, taskId)
            .update();
    }

    void moveDeadline(long taskId, LocalDate dueDate) {
        jdbc.sql("update plan_task set due_date = ? where id = ?").params(dueDate, taskId).update();
    }

    void replaceLead(long taskId, String from, String to) {
        jdbc.sql(
                "update plan_task_agency set agency_code = ? where plan_task_id = ? and role = 'LEAD' and agency_code = ?")
            .params(to, taskId, from)
            .update();
    }

    /** The amendments of a plan, oldest first, with their changes. */
    List<PlanVersions.Version> amendments(long planId) {
        record Row(long id, String number, LocalDate issuedOn, String summary, Instant createdAt, String createdBy) {
        }
        List<Row> rows = jdbc.sql("select * from plan_amendment where plan_id = ? order by issued_on, id")
            .param(planId)
            .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("number"),
                    rs.getObject("issued_on", LocalDate.class), rs.getString("summary"),
                    rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")))
            .list();
        Map<Long, List<PlanVersions.Change>> changes = new LinkedHashMap<>();
        jdbc.sql("""
                select c.* from plan_amendment_change c join plan_amendment a on a.id = c.amendment_id
                 where a.plan_id = ? order by c.amendment_id, c.position""").param(planId).query(rs -> {
            changes.computeIfAbsent(rs.getLong("amendment_id"), id -> new ArrayList<>())
                .add(new PlanVersions.Change(rs.getString("kind"), rs.getString("task_code"),
                        rs.getString("description")));
        });
        List<PlanVersions.Version> versions = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            versions.add(new PlanVersions.Version(i + 1, row.number(), row.issuedOn(), row.summary(), row.createdAt(),
                    row.createdBy(), changes.getOrDefault(row.id(), List.of())));
        }
        return versions;
    }

}
