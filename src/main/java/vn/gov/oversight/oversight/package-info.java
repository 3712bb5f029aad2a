/**
 * Oversight: what the coordinator, the steering committee and the agencies look at across
 * the other modules: the board of every agency's assignments by deadline status and
 * escalations. It reads the other modules through their public services; nobody imports
 * it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight")
package vn.gov.oversight.oversight;
