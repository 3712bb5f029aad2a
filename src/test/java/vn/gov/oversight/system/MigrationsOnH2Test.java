package vn.gov.oversight.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The integration tests run on PostgreSQL; the default run of the application uses H2.
 * Every migration must apply on both (H2 has other reserved words).
 */
class MigrationsOnH2Test {

    @Test
    void everyMigrationAppliesOnH2() {
        Flyway flyway = Flyway.configure()
            .dataSource("jdbc:h2:mem:migrations-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "")
            .locations("classpath:db/migration")
            .load();

        MigrateResult result = flyway.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(flyway.info().all().length);
    }

}
