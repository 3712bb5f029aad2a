package db.migration;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * PostgreSQL's just-in-time compilation off for the application's database (#15). The
 * engine's job acquisition query, run several times a second, is estimated above
 * {@code jit_above_cost} once the job table holds a few thousand timers (three for every
 * waiting step), and PostgreSQL then compiled it each time: about 80 ms of compilation
 * for a query that runs in a few, a large part of the overdue sweep's time on 2 cores.
 * JIT helps long analytical queries, which this application does not run. Set on the
 * database (new connections get it: every one from the next start on) and on this
 * connection; on H2 nothing. A database the application's user does not own keeps its
 * setting, with a notice: its administrator can set it
 * ({@code ALTER DATABASE ... SET jit = off}).
 */
public class V61__Postgres_without_jit extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    do $$
                    begin
                      execute format('alter database %I set jit = off', current_database());
                    exception when insufficient_privilege then
                      raise notice 'jit stays as the database has it: only its owner may change it';
                    end $$""");
            statement.execute("set jit = off");
        }
    }

}
