package vn.gov.oversight.escalation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Table {@code step_deadline}: the due moment of each occurrence of a waiting step. A
 * step's due moment is asked for four times as its task and its three ladder timers are
 * created: the moments read or written are kept for the rest of the transaction (and
 * forgotten with it), so that a step's start reads the table at most once.
 */
@Repository
class StepDeadlineStore {

    private final JdbcClient jdbc;

    StepDeadlineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> dueAt(String executionId) {
        Map<String, Instant> known = known();
        if (known != null && known.containsKey(executionId)) {
            return Optional.of(known.get(executionId));
        }
        Optional<Instant> due = jdbc.sql("select due_at from step_deadline where execution_id = ?")
            .param(executionId)
            .query((rs, n) -> rs.getTimestamp("due_at").toInstant())
            .optional();
        due.ifPresent(moment -> remember(executionId, moment));
        return due;
    }

    /**
     * The moments this transaction has read or written, by execution; null outside a
     * transaction.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Instant> known() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Instant> known = (Map<String, Instant>) TransactionSynchronizationManager.getResource(this);
        if (known == null) {
            Map<String, Instant> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(StepDeadlineStore.this);
                }
            });
            known = fresh;
        }
        return known;
    }

    private void remember(String executionId, Instant dueAt) {
        Map<String, Instant> known = known();
        if (known != null) {
            known.put(executionId, dueAt);
        }
    }

    void insert(String executionId, String processInstanceId, String stepKey, Instant dueAt, Instant now) {
        jdbc.sql("""
                insert into step_deadline (execution_id, process_instance_id, step_key, due_at, created_at)
                values (?, ?, ?, ?, ?)""")
            .params(executionId, processInstanceId, stepKey, utc(dueAt), utc(now))
            .update();
        remember(executionId, dueAt);
    }

    void move(String executionId, Instant dueAt, Instant now) {
        jdbc.sql("update step_deadline set due_at = ?, moved_at = ? where execution_id = ?")
            .params(utc(dueAt), utc(now), executionId)
            .update();
        remember(executionId, dueAt);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

}
