package vn.gov.oversight.system.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An index on the due moment of the engine's jobs. The job executor acquires by due
 * moment ({@code jobExecutorAcquireByDueDate}): every acquisition asks for the dozen
 * earliest due jobs, and without an index the database reads and sorts the whole job
 * table to answer (three timers for every open step: tens of thousands of rows at
 * province scale, #15). Camunda's schema has no such index and creates its tables while
 * the engine is built, after Flyway has run; so the index is made here, once the engine's
 * schema exists, and again on every start only if it is missing. Two nodes starting
 * together may both try: the one that loses finds the index there.
 */
public class JobDueDateIndexPlugin extends AbstractProcessEnginePlugin {

    static final String INDEX = "OVERSIGHT_IDX_JOB_DUEDATE";

    private static final Logger log = LoggerFactory.getLogger(JobDueDateIndexPlugin.class);

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        DataSource dataSource = configuration.getDataSource();
        String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        String sql = "create index if not exists " + INDEX + " on " + prefix + "ACT_RU_JOB (DUEDATE_)";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try {
                statement.execute(sql);
            }
            finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        catch (SQLException e) {
            // a second node creating it at the same moment; the acquisition still works
            // without it
            log.warn("Index {} on the engine's jobs not created: {}", INDEX, e.getMessage());
        }
    }

}
