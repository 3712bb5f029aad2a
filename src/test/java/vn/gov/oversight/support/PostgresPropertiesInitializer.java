package vn.gov.oversight.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at the test PostgreSQL server and the test SMTP server (started
 * on first use).
 */
public class PostgresPropertiesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPostgres.Connection db = TestPostgres.connection();
        context.getEnvironment()
            .getPropertySources()
            .addFirst(new MapPropertySource("test-postgres", Map.of("spring.datasource.url", db.url(),
                    "spring.datasource.username", db.username(), "spring.datasource.password", db.password(),
                    // and a real SMTP server for the notifications
                    "spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(TestMailServer.port()))));
    }

}
