/**
 * Reporting: report regimes and periods (Decree 09/2019/NĐ-CP), the periodic reports of
 * agencies with their figures, their consolidation and progress against the targets, and
 * the province's report of a period sent upward.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package vn.gov.oversight.reporting;
