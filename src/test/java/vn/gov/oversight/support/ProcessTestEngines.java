package vn.gov.oversight.support;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

import vn.gov.oversight.system.engine.TaskCompletionValidationPlugin;

/**
 * The in-memory engine of the process tests that measure flow-node coverage: like
 * {@code camunda.cfg.xml} (the forms' rules checked on completion, beans replaced through
 * {@code Mocks}), with the coverage listeners, under its own name and database. The
 * report goes to {@code target/process-test-coverage}.
 */
public final class ProcessTestEngines {

    private ProcessTestEngines() {
    }

    /**
     * A coverage extension that fails the class when less than {@code atLeast} of the
     * model's elements ran.
     */
    public static ProcessEngineCoverageExtension withCoverage(double atLeast) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("coverage-tests");
        configuration.setJdbcUrl("jdbc:h2:mem:coverage-tests;DB_CLOSE_DELAY=1000");
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setProcessEnginePlugins(List.<ProcessEnginePlugin>of(new TaskCompletionValidationPlugin()));
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        return (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.builder(configuration)
            .assertClassCoverageAtLeast(atLeast)
            .build();
    }

}
