package vn.gov.oversight.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.oversight.support.IntegrationTest;

/**
 * How the job executor takes the ladder's timers on PostgreSQL: earliest due first,
 * through an index on the due moment, with the lock and acquisition README "Several
 * nodes" documents.
 */
@IntegrationTest
class JobAcquisitionIntegrationTests {

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void jobsAreAcquiredByDueMomentThroughAnIndex() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
            .getProcessEngineConfiguration();
        assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
        assertThat(configuration.getJobExecutor().getLockTimeInMillis()).isEqualTo(30_000);
        assertThat(configuration.getJobExecutor().getMaxJobsPerAcquisition()).isEqualTo(12);

        assertThat(jdbc.queryForList("select indexdef from pg_indexes where tablename = 'act_ru_job'", String.class))
            .anySatisfy(index -> assertThat(index.toLowerCase()).contains(JobDueDateIndexPlugin.INDEX.toLowerCase(),
                    "(duedate_)"));
    }

    @Test
    void creatingTheIndexAgainChangesNothing() {
        new JobDueDateIndexPlugin() {
            {
                preInit((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
            }
        }.postProcessEngineBuild(engine);

        assertThat(jdbc.queryForObject(
                "select count(*) from pg_indexes where tablename = 'act_ru_job'" + " and indexname = lower(?)",
                Long.class, JobDueDateIndexPlugin.INDEX))
            .isEqualTo(1);
    }

}
