package vn.gov.oversight.assignment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each step of an assignment may take, as ISO-8601 durations: days count working
 * days ({@code P3D}), time-based durations ({@code PT30S}) are plain time for tests and
 * demonstrations. The carrying-out step is due on the plan's deadline for the task.
 */
@ConfigurationProperties("oversight.deadlines")
record DeadlineProperties(@DefaultValue("P3D") String acknowledgeWithin, @DefaultValue("P15D") String draftPlanWithin,
        @DefaultValue("P5D") String reviewWithin, @DefaultValue("P5D") String contributeWithin,
        @DefaultValue("P5D") String issuePlanWithin) {
}
