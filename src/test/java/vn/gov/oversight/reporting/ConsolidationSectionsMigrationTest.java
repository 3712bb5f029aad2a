package vn.gov.oversight.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V30: a period consolidated with one narrative keeps it, and finds it again as the
 * results section.
 */
class ConsolidationSectionsMigrationTest {

    @Test
    void theOneNarrativeOfBeforeBecomesTheResults() {
        // given a database as it was before V30, with one period consolidated and one
        // still open
        DriverManagerDataSource database = new DriverManagerDataSource(
                "jdbc:h2:mem:sections-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("22").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("""
                insert into reporting_period (code, kind, cut_off_from, cut_off_to, due_date, consolidated_at,
                                              consolidated_narrative)
                values ('2025-H1', 'SEMI_ANNUAL', date '2024-12-15', date '2025-06-14', date '2025-06-25',
                        timestamp '2025-07-01 08:00:00', 'Kết quả tốt; khó khăn về vốn; kiến nghị bổ sung vốn')
                """).update();
        jdbc.sql("""
                insert into reporting_period (code, kind, cut_off_from, cut_off_to, due_date)
                values ('2025-H2', 'SEMI_ANNUAL', date '2025-06-15', date '2025-12-14', date '2025-12-25')
                """).update();

        // when V30 runs
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("30").load().migrate();

        // then
        Map<String, Object> consolidated = jdbc.sql("select * from reporting_period where code = '2025-H1'")
            .query()
            .singleRow();
        assertThat(consolidated.get("CONSOLIDATED_RESULTS"))
            .isEqualTo("Kết quả tốt; khó khăn về vốn; kiến nghị bổ sung vốn");
        assertThat(consolidated.get("CONSOLIDATED_NARRATIVE")).isEqualTo(consolidated.get("CONSOLIDATED_RESULTS"));
        assertThat(consolidated.get("CONSOLIDATED_DIFFICULTIES")).isNull();
        assertThat(consolidated.get("CONSOLIDATED_PROPOSALS")).isNull();
        assertThat(jdbc.sql("select * from reporting_period where code = '2025-H2'")
            .query()
            .singleRow()
            .get("CONSOLIDATED_RESULTS")).isNull();
    }

}
