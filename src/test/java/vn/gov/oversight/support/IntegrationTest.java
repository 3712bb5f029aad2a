package vn.gov.oversight.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on PostgreSQL with the demo directory of Ninh Bình, on a random
 * port. Every integration test uses exactly this configuration, so they all share one
 * Spring context (and one engine); tests create their own agencies and users with unique
 * codes when they change the directory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@ContextConfiguration(initializers = PostgresPropertiesInitializer.class)
@Import(MutableClock.Configuration.class)
public @interface IntegrationTest {

}
