package vn.gov.oversight.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The plan tables. */
@Repository
class PlanStore {

    private final JdbcClient jdbc;

    private final JdbcTemplate batch;

    PlanStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    boolean codeExists(String code) {
        return jdbc.sql("select count(*) from plan where code = ?").param(code).query(Long.class).single() > 0;
    }

    long insert(PlanDraft plan, String createdBy) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into plan (code, title, issuing_body, issued_on, directive, created_by, review_local_plans)
                values (:code, :title, :issuer, :issuedOn, :directive, :createdBy, :review)
                """)
            .param("review", plan.reviewsLocalPlans())
            .param("code", plan.code())
            .param("title", plan.title())
            .param("issuer", plan.issuingBody())
            .param("issuedOn", plan.issuedOn())
            .param("directive", plan.directive())
            .param("createdBy", createdBy)
            .update(keys, "id");
        long planId = keys.getKey().longValue();
        for (Plan.Task task : tasks(plan)) {
            insertTask(planId, task);
        }
        return planId;
    }

    /** One task of a plan's appendix, with its agencies; returns its id. */
    long insertTask(long planId, Plan.Task task) {
        KeyHolder taskKeys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into plan_task (plan_id, code, title, task_group, due_date, recurrence, output)
                values (:plan, :code, :title, :group, :due, :recurrence, :output)
                """)
            .param("plan", planId)
            .param("code", task.code())
            .param("title", task.title())
            .param("group", task.group())
            .param("due", task.dueDate())
            .param("recurrence", task.recurrence().name())
            .param("output", task.output())
            .update(taskKeys, "id");
        long taskId = taskKeys.getKey().longValue();
        insertAgencies(taskId, task.leadAgencies(), "LEAD");
        insertAgencies(taskId, task.coordinatingAgencies(), "COORDINATING");
        for (int i = 0; i < task.outsideCoordinators().size(); i++) {
            jdbc.sql("insert into plan_task_outside_body (plan_task_id, position, name) values (?, ?, ?)")
                .params(taskId, i, task.outsideCoordinators().get(i))
                .update();
        }
        return taskId;
    }

    /**
     * A task's agencies in one batch of statements (a province's task has up to 150 lead
     * agencies).
     */
    private void insertAgencies(long taskId, List<String> agencies, String role) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < agencies.size(); i++) {
            rows.add(new Object[] { taskId, agencies.get(i), role, i });
        }
        batch.batchUpdate(
                "insert into plan_task_agency (plan_task_id, agency_code, role, position) values (?, ?, ?, ?)", rows);
    }

    /** The tasks of a draft as they are stored: trimmed, defaults applied. */
    static List<Plan.Task> tasks(PlanDraft plan) {
        return plan.tasks()
            .stream()
            .map(task -> new Plan.Task(task.code().trim(), task.title().trim(),
                    task.group() == null ? "" : task.group().trim(),
                    task.leadAgencies().stream().map(String::trim).toList(),
                    task.coordinatingAgencies() == null ? List.of()
                            : task.coordinatingAgencies().stream().map(String::trim).toList(),
                    task.dueDate(), task.recurrence() == null ? Recurrence.ONCE : task.recurrence(),
                    task.output() == null ? "" : task.output().trim(),
                    task.outsideCoordinators() == null ? List.of()
                            : task.outsideCoordinators().stream().map(String::trim).toList()))
            .toList();
    }

    /** The plan's choice: the coordinator reviews the agencies' draft local plans. */
    boolean reviewsLocalPlans(long planId) {
        return jdbc.sql("select review_local_plans from plan where id = ?").param(planId).query(Boolean.class).single();
    }

    List<Plan> plans() {
        return jdbc.sql("select * from plan order by issued_on desc, id desc").query(PlanStore::plan).list();
    }

    Optional<Plan> plan(long id) {
        return jdbc.sql("select * from plan where id = ?")
            .param(id)
            .query(PlanStore::plan)
            .optional()
            .map(plan -> withTasks(plan, tasksOf(id)));
    }

    private List<Plan.Task> tasksOf(long planId) {
        record Row(long id, String code, String title, String group, LocalDate due, Recurrence recurrence,
                String output) {
        }
        List<Row> rows = jdbc.sql("select * from plan_task where plan_id = ? order by id")
            .param(planId)
            .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                    rs.getString("task_group"), rs.getObject("due_date", LocalDate.class),
                    Recurrence.valueOf(rs.getString("recurrence")), rs.getString("output")))
            .list();
        Map<Long, List<String>> leads = new LinkedHashMap<>();
        Map<Long, List<String>> coordinating = new LinkedHashMap<>();
        jdbc.sql("""
                select a.plan_task_id, a.agency_code, a.role from plan_task_agency a
                  join plan_task t on t.id = a.plan_task_id where t.plan_id = ? order by a.plan_task_id, a.position
                """).param(planId).query(rs -> {
            Map<Long, List<String>> target = "LEAD".equals(rs.getString("role")) ? leads : coordinating;
            target.computeIfAbsent(rs.getLong("plan_task_id"), id -> new ArrayList<>())
                .add(rs.getString("agency_code"));
        });
        Map<Long, List<String>> outside = new LinkedHashMap<>();
        jdbc.sql("""
                select o.plan_task_id, o.name from plan_task_outside_body o
                  join plan_task t on t.id = o.plan_task_id where t.plan_id = ? order by o.plan_task_id, o.position
                """).param(planId).query(rs -> {
            outside.computeIfAbsent(rs.getLong("plan_task_id"), id -> new ArrayList<>()).add(rs.getString("name"));
        });
        return rows.stream()
            .map(row -> new Plan.Task(row.code(), row.title(), row.group(), leads.getOrDefault(row.id(), List.of()),
                    coordinating.getOrDefault(row.id(), List.of()), row.due(), row.recurrence(), row.output(),
                    outside.getOrDefault(row.id(), List.of())))
            .toList();
    }

    private static Plan withTasks(Plan plan, List<Plan.Task> tasks) {
        return new Plan(plan.id(), plan.code(), plan.title(), plan.issuingBody(), plan.issuedOn(), plan.directive(),
                plan.createdAt(), plan.createdBy(), tasks, plan.assignments(), plan.rollOut());
    }

    private static Plan plan(ResultSet rs, int row) throws SQLException {
        return new Plan(rs.getLong("id"), rs.getString("code"), rs.getString("title"), rs.getString("issuing_body"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("directive"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), List.of(), List.of(), null);
    }

}
