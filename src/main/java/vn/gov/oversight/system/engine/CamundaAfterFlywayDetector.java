package vn.gov.oversight.system.engine;

import java.util.Set;

import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Camunda creates its tables while the engine is built; if that happens before Flyway
 * runs, Flyway finds a non-empty schema without its history table and stops. Declaring
 * the engine as depending on database initialisation makes Flyway migrate first.
 * Registered in {@code META-INF/spring.factories}.
 */
public class CamundaAfterFlywayDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngineFactoryBean.class);
    }

}
