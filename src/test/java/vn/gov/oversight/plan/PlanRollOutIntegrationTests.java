package vn.gov.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.assignment.TaskAssignmentProcess;
import vn.gov.oversight.support.Communes;
import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;

/**
 * A plan's roll-out in batches of their own (#15): a batch that fails half-way (the
 * database refuses one of its assignments once) is rolled back whole and run again by the
 * job executor, and the plan ends with every assignment started exactly once, each with
 * one process instance and one line "ASSIGNED" in its history.
 */
@IntegrationTest
class PlanRollOutIntegrationTests {

    static final String COORDINATOR = "canbo.so-ldtbxh";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @AfterEach
    void dropTrap() {
        jdbc.execute("drop trigger if exists roll_out_fails_once on assignment");
        jdbc.execute("drop function if exists roll_out_fails_once()");
        jdbc.execute("drop sequence if exists roll_out_failures");
    }

    @Test
    void aBatchThatFailsHalfWayIsRunAgainAndEveryAssignmentStartsExactlyOnce() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        List<String> agencies = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String code = "ro-" + suffix + "-" + i;
            Communes.create(port, code, "UBND xã Triển khai " + suffix + " " + i, null, null);
            agencies.add(code);
        }
        String plan = suffix + "/KH-UBND";
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int t = 1; t <= 6; t++) {
            tasks.add(Map.of("code", String.valueOf(t), "title", "Nhiệm vụ triển khai số " + t, "leadAgencies",
                    agencies, "dueDate", LocalDate.now().plusDays(30).toString()));
        }
        // the 30th assignment of the first batch (task 3, 6th agency) is refused the
        // first time it is written
        String refused = plan + "/3/" + agencies.get(5);
        jdbc.execute("create sequence roll_out_failures");
        jdbc.execute("""
                create function roll_out_fails_once() returns trigger language plpgsql as $$
                begin
                  if new.business_key = '%s' and nextval('roll_out_failures') = 1 then
                    raise exception 'roll-out test: the database refuses %s once';
                  end if;
                  return new;
                end $$""".formatted(refused, refused));
        jdbc.execute("create trigger roll_out_fails_once before insert on assignment for each row"
                + " execute function roll_out_fails_once()");

        Http.Response created = Http.as(port, COORDINATOR)
            .post("/api/plans", Map.of("code", plan, "title", "Kế hoạch triển khai thử " + suffix, "issuingBody",
                    "ubnd-tinh", "issuedOn", LocalDate.now().toString(), "tasks", tasks));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.at("/rollOut/assignments").asInt()).isEqualTo(72);
        assertThat(body.at("/rollOut/started").asInt()).isEqualTo(72);
        assertThat(body.at("/rollOut/batches").asInt()).isEqualTo(2);
        assertThat(body.at("/rollOut/done").asBoolean()).isTrue();
        assertThat(body.get("assignments")).hasSize(72);
        // the trap did fire: the first run of the batch was rolled back
        assertThat(jdbc.queryForObject("select last_value from roll_out_failures", Long.class))
            .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from assignment where plan_code = ?", Long.class, plan))
            .isEqualTo(72);
        assertThat(jdbc.queryForObject("select count(distinct business_key) from assignment where plan_code = ?",
                Long.class, plan))
            .isEqualTo(72);
        assertThat(jdbc.queryForObject("""
                select count(*) from assignment_event e join assignment a on a.id = e.assignment_id
                 where a.plan_code = ? and e.kind = 'ASSIGNED'""", Long.class, plan)).isEqualTo(72);
        assertThat(jdbc.queryForObject(
                "select count(*) from assignment where plan_code = ? and process_instance_id is null", Long.class,
                plan))
            .isZero();
        assertThat(runtime.createProcessInstanceQuery()
            .processDefinitionKey(TaskAssignmentProcess.KEY)
            .processInstanceBusinessKeyLike(plan + "/%")
            .count()).isEqualTo(72);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(refused).count()).isEqualTo(1);
        // nothing of the roll-out is left behind: no job, no incident
        assertThat(
                jdbc.queryForObject("select count(*) from act_ru_job where handler_type_ = ? and handler_cfg_ like ?",
                        Long.class, PlanRollOut.JOB_TYPE, body.get("id").asLong() + ":%"))
            .isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_incident where incident_msg_ like ?", Long.class,
                "%roll-out test%"))
            .isZero();
        JsonNode read = Http.as(port, COORDINATOR).get("/api/plans/" + body.get("id").asLong()).json();
        assertThat(read.at("/rollOut/done").asBoolean()).isTrue();
    }

}
