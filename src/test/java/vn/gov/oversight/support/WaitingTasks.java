package vn.gov.oversight.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * For integration tests: the task an instance waits at, once the engine has created it.
 */
public final class WaitingTasks {

    private WaitingTasks() {
    }

    /**
     * The (first) task of {@code step} in {@code instance}, waited for up to ten seconds.
     */
    public static Task waiting(TaskService tasks, String instance, String step) {
        return await().atMost(Duration.ofSeconds(10))
            .until(() -> tasks.createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(step)
                .list()
                .stream()
                .findFirst()
                .orElse(null), task -> task != null);
    }

}
