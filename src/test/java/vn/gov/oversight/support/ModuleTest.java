package vn.gov.oversight.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.mockito.Answers;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * One application module alone (Spring Modulith's {@link ApplicationModuleTest}): its own
 * beans on a database of the module tests on the test PostgreSQL server
 * ({@link ModuleDatabaseInitializer}), without the process engine, the web apps or the
 * other modules, whose beans the test replaces where the module calls them. Tests what
 * the module publishes and how it reacts to what it hears. The engine's runtime and task
 * services are stand-ins (deep stubs a test can teach, {@code @Autowired}); the process
 * models have their own tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = ModuleDatabaseInitializer.class)
@Import(MutableClock.Configuration.class)
@MockitoBean(types = { RuntimeService.class, TaskService.class }, answers = Answers.RETURNS_DEEP_STUBS)
@TestPropertySource(
        properties = { "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration,"
                + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration" })
public @interface ModuleTest {

}
