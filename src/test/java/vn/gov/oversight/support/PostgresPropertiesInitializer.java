package vn.gov.oversight.support;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at the test PostgreSQL server and the test SMTP server (started
 * on first use). A test that sends more mail than a JVM should keep (the benchmarks) sets
 * {@code oversight.test.mail-server=false}: its mails are recorded as kept, as they are
 * without a mail server.
 */
public class PostgresPropertiesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPostgres.Connection db = TestPostgres.connection();
        Map<String, Object> properties = new HashMap<>(Map.of("spring.datasource.url", db.url(),
                "spring.datasource.username", db.username(), "spring.datasource.password", db.password()));
        if (context.getEnvironment().getProperty("oversight.test.mail-server", Boolean.class, true)) {
            // and a real SMTP server for the notifications
            properties.putAll(
                    Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(TestMailServer.port())));
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgres", properties));
    }

}
