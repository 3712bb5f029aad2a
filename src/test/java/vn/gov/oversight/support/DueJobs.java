package vn.gov.oversight.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.camunda.bpm.engine.ManagementService;

/**
 * Waits for the job executor to have run every job of a process instance that is due now:
 * after it, nothing more can fire for the instance until a later moment, so a test can
 * assert that something happened exactly once without watching the clock for a while.
 */
public final class DueJobs {

    private DueJobs() {
    }

    public static void awaitRun(ManagementService management, String processInstanceId) {
        await().atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(250))
            .until(() -> management.createJobQuery().processInstanceId(processInstanceId).executable().count() == 0);
    }

}
