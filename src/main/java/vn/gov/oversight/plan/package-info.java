/**
 * Plan: a plan of the provincial People's Committee (e.g. {@code 151/KH-UBND}) with its
 * appendix of tasks (lead and coordinating agencies, deadline, expected output), entered
 * as JSON or imported from the usual Excel appendix. Creating a plan saves it with its
 * tasks, all or nothing, and starts one assignment per task and lead agency in batches of
 * short transactions run by the engine's job executor ({@code PlanRollOut}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan")
package vn.gov.oversight.plan;
