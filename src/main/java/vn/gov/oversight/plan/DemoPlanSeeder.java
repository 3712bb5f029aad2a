package vn.gov.oversight.plan;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.oversight.system.StartupOrder;

/**
 * Loads Plan 151/KH-UBND with its five groups of tasks (illustrative tasks, deadlines
 * counted from the day of loading; see the note in the seed file) through the same
 * {@link Plans#create} a coordinator uses, after the demo directory. Once only: a plan
 * with that code is left alone.
 */
@Component
@Order(StartupOrder.DEMO_PLAN)
@ConditionalOnProperty(name = "oversight.demo.seed-plan", havingValue = "true")
class DemoPlanSeeder implements ApplicationRunner {

    static final String SEED = "seed/plan-151.json";

    private static final Logger log = LoggerFactory.getLogger(DemoPlanSeeder.class);

    private final Plans plans;

    private final PlanStore store;

    private final ObjectMapper objectMapper;

    private final Clock clock;

    DemoPlanSeeder(Plans plans, PlanStore store, ObjectMapper objectMapper, Clock clock) {
        this.plans = plans;
        this.store = store;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    record Seed(String code, String title, String issuingBody, LocalDate issuedOn, String directive,
            List<SeedTask> tasks) {
    }

    record SeedTask(String code, String title, String group, List<String> leadAgencies,
            List<String> coordinatingAgencies, int dueInDays, Recurrence recurrence, String output) {
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Seed seed;
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            seed = objectMapper.readerFor(Seed.class)
                .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(in);
        }
        if (store.codeExists(seed.code())) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<PlanDraft.TaskDraft> tasks = seed.tasks()
            .stream()
            .map(task -> new PlanDraft.TaskDraft(task.code(), task.title(), task.group(), task.leadAgencies(),
                    task.coordinatingAgencies(), today.plusDays(task.dueInDays()), task.recurrence(), task.output()))
            .toList();
        Plan plan = plans.create(
                new PlanDraft(seed.code(), seed.title(), seed.issuingBody(), seed.issuedOn(), seed.directive(), tasks),
                "demo");
        log.info("Demo plan {} loaded: {} tasks, {} assignments", plan.code(), plan.tasks().size(),
                plan.assignments().size());
    }

}
