package vn.gov.oversight.escalation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code step_deadline}: the due moment of each occurrence of a waiting step. */
@Repository
class StepDeadlineStore {

    private final JdbcClient jdbc;

    StepDeadlineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> dueAt(String executionId) {
        return jdbc.sql("select due_at from step_deadline where execution_id = ?").param(executionId)
                .query((rs, n) -> rs.getTimestamp("due_at").toInstant()).optional();
    }

    void insert(String executionId, String processInstanceId, String stepKey, Instant dueAt, Instant now) {
        jdbc.sql("""
                insert into step_deadline (execution_id, process_instance_id, step_key, due_at, created_at)
                values (?, ?, ?, ?, ?)""").params(executionId, processInstanceId, stepKey, utc(dueAt), utc(now))
                .update();
    }

    void move(String executionId, Instant dueAt, Instant now) {
        jdbc.sql("update step_deadline set due_at = ?, moved_at = ? where execution_id = ?")
                .params(utc(dueAt), utc(now), executionId).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
