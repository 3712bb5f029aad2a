/**
 * Plan: a plan of the provincial People's Committee (e.g. {@code 151/KH-UBND}) with its appendix of tasks
 * (lead and coordinating agencies, deadline, expected output), entered as JSON or imported from the usual
 * Excel appendix. Creating a plan starts one assignment per task and lead agency, all or nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan")
package vn.gov.oversight.plan;
