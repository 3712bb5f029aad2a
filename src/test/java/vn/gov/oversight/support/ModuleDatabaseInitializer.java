package vn.gov.oversight.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a module test at a database of its own on the test PostgreSQL server
 * ({@code modules}, created on first use and migrated by the module's own start), and at
 * no mail server: a module's outbox and schedulers never touch what the whole
 * application's tests publish, send or wait for.
 */
public class ModuleDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String DATABASE = "modules";

    private static boolean created;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPostgres.Connection server = TestPostgres.connection();
        String url = server.url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + DATABASE + "$1");
        create(server);
        context.getEnvironment()
            .getPropertySources()
            .addFirst(new MapPropertySource("module-database", Map.of("spring.datasource.url", url,
                    "spring.datasource.username", server.username(), "spring.datasource.password", server.password())));
    }

    private static synchronized void create(TestPostgres.Connection server) {
        if (created) {
            return;
        }
        try (var connection = DriverManager.getConnection(server.url(), server.username(), server.password());
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database " + DATABASE);
            }
            created = true;
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not create the module tests' database", e);
        }
    }

}
