package vn.gov.oversight.plan;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.oversight.assignment.AssignmentRequest;
import vn.gov.oversight.assignment.Assignments;

/**
 * Starts a plan's assignments in short transactions (#15). The plan's own transaction
 * saves the plan, its tasks, and one row of {@code plan_roll_out_batch} and one Camunda
 * job (handler {@value #JOB_TYPE}) for each batch of
 * {@code oversight.plans.roll-out.batch-size} assignments (the tasks × their lead
 * agencies, in order). The job executor (of any node) runs the batches, each in a
 * transaction of its own: the batch's assignments are started and the batch is marked
 * done together, or not at all, and a failed batch is retried by the engine (an incident
 * in Cockpit once its retries are spent). Nothing is lost if a node dies in the middle:
 * its uncommitted batches are still jobs, taken again when their lock expires; a batch
 * never starts an assignment twice (its business key).
 */
@Component
class PlanRollOut extends AbstractProcessEnginePlugin {

    static final String JOB_TYPE = "oversight-plan-roll-out";

    private static final Logger log = LoggerFactory.getLogger(PlanRollOut.class);

    private final JdbcClient jdbc;

    private final ObjectProvider<PlanStore> store;

    private final ObjectProvider<Assignments> assignments;

    private final ObjectProvider<ProcessEngine> engine;

    private final int batchSize;

    PlanRollOut(JdbcClient jdbc, ObjectProvider<PlanStore> store, ObjectProvider<Assignments> assignments,
            ObjectProvider<ProcessEngine> engine, @Value("${oversight.plans.roll-out.batch-size:50}") int batchSize) {
        this.jdbc = jdbc;
        this.store = store;
        this.assignments = assignments;
        this.engine = engine;
        this.batchSize = batchSize;
    }

    /**
     * How far a plan's roll-out has come: assignments started of those planned, batches
     * done of all.
     */
    record Progress(int assignments, int started, int batches, int batchesDone, boolean done) {

        static final Progress NONE = new Progress(0, 0, 0, 0, true);

    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<JobHandler> handlers = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomJobHandlers());
        handlers.add(new BatchHandler());
        configuration.setCustomJobHandlers(handlers);
    }

    /**
     * In the plan's transaction: its batches and their jobs, for {@code total}
     * assignments.
     */
    void schedule(long planId, int total) {
        ProcessEngineConfigurationImpl configuration = configuration();
        configuration.getCommandExecutorTxRequired().execute(context -> {
            for (int batch = 0, first = 0; first < total; batch++, first += batchSize) {
                jdbc.sql("""
                        insert into plan_roll_out_batch (plan_id, batch, first_index, size, scheduled_at)
                        values (?, ?, ?, ?, ?)""")
                    .params(planId, batch, first, Math.min(batchSize, total - first), now())
                    .update();
                MessageEntity job = new MessageEntity();
                job.setJobHandlerType(JOB_TYPE);
                job.setJobHandlerConfiguration(new Batch(planId, batch));
                context.getJobManager().send(job);
            }
            return null;
        });
        log.info("Plan {}: {} assignments to start in batches of {}", planId, total, batchSize);
    }

    Progress progress(long planId) {
        return jdbc.sql("""
                select count(*) as batches, coalesce(sum(size), 0) as assignments,
                       coalesce(sum(case when done_at is not null then 1 else 0 end), 0) as done,
                       coalesce(sum(case when done_at is not null then size else 0 end), 0) as started
                  from plan_roll_out_batch where plan_id = ?
                """)
            .param(planId)
            .query((rs, n) -> rs.getInt("batches") == 0 ? Progress.NONE
                    : new Progress(rs.getInt("assignments"), rs.getInt("started"), rs.getInt("batches"),
                            rs.getInt("done"), rs.getInt("done") == rs.getInt("batches")))
            .single();
    }

    /**
     * Waits up to {@code patience} for a plan's roll-out to end; returns its progress
     * then. When this node runs no job executor (a test engine, a node kept for the
     * pages), the batches run here, each in its own transaction.
     */
    Progress await(long planId, Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        Progress progress = progress(planId);
        while (!progress.done() && System.nanoTime() < until) {
            if (!configuration().getJobExecutor().isActive()) {
                ManagementService management = engine.getObject().getManagementService();
                jobsOf(planId).forEach(management::executeJob);
            }
            else {
                try {
                    Thread.sleep(50);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            progress = progress(planId);
        }
        return progress;
    }

    private List<String> jobsOf(long planId) {
        return jdbc.sql("select id_ from act_ru_job where handler_type_ = ? and handler_cfg_ like ?")
            .params(JOB_TYPE, planId + ":%")
            .query(String.class)
            .list();
    }

    /** Starts one batch, in the job's transaction. */
    void run(Batch batch) {
        OffsetDateTime began = now();
        var row = jdbc.sql("select first_index, size, done_at from plan_roll_out_batch where plan_id = ? and batch = ?")
            .params(batch.planId(), batch.batch())
            .query((rs,
                    n) -> new int[] { rs.getInt("first_index"), rs.getInt("size"),
                            rs.getObject("done_at") == null ? 0 : 1 })
            .optional()
            .orElseThrow(() -> new IllegalStateException("No roll-out batch " + batch));
        if (row[2] == 1) {
            return; // committed already (a job run twice)
        }
        PlanStore plans = store.getObject();
        Plan plan = plans.plan(batch.planId()).orElseThrow();
        boolean review = plans.reviewsLocalPlans(batch.planId());
        List<AssignmentRequest> requests = new ArrayList<>();
        int index = 0;
        for (Plan.Task task : plan.tasks()) {
            for (String agency : task.leadAgencies()) {
                if (index >= row[0] && index < row[0] + row[1]) {
                    requests.add(new AssignmentRequest(plan.id(), plan.code(), task.code(), task.title(), task.group(),
                            agency, task.coordinatingAgencies(), task.dueDate(), review, 1));
                }
                index++;
            }
        }
        int started = assignments.getObject().startAll(requests);
        jdbc.sql("update plan_roll_out_batch set started_at = ?, done_at = ? where plan_id = ? and batch = ?")
            .params(began, now(), batch.planId(), batch.batch())
            .update();
        log.debug("Plan {} batch {}: {} assignments started", plan.code(), batch.batch(), started);
    }

    /**
     * The moment itself (not the application's clock, which tests move): these columns
     * time transactions.
     */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
    }

    /** One batch of a plan's roll-out, as its job names it: {@code <planId>:<batch>}. */
    record Batch(long planId, int batch) implements JobHandlerConfiguration {

        static Batch parse(String canonical) {
            int colon = canonical.indexOf(':');
            return new Batch(Long.parseLong(canonical.substring(0, colon)),
                    Integer.parseInt(canonical.substring(colon + 1)));
        }

        @Override
        public String toCanonicalString() {
            return planId + ":" + batch;
        }
    }

    private final class BatchHandler implements JobHandler<Batch> {

        @Override
        public String getType() {
            return JOB_TYPE;
        }

        @Override
        public void execute(Batch batch, ExecutionEntity execution, CommandContext context, String tenantId) {
            run(batch);
        }

        @Override
        public Batch newConfiguration(String canonical) {
            return Batch.parse(canonical);
        }

        @Override
        public void onDelete(Batch batch, JobEntity job) {
            // nothing kept beside the job
        }

    }

}
